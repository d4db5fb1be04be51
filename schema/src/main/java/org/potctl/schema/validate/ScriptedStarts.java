package org.potctl.schema.validate;

import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * What a pot's flavours may do after one with a script, inside the one {@code pot create} where
 * potctl cannot look at the jail's tree in between. pot runs each flavour's lines, then its script
 * in the started pot, and stops it again (common-flv.sh:121-147); the script runs as the jail's
 * root and may leave links in the tree ({@code /etc/hosts -> /etc/rc.conf}, {@code /mnt -> /etc}).
 * Then a second flavour with a script starts the pot again, and every start writes the jail's
 * {@code /etc/hosts} and {@code /etc/resolv.conf} as root on the host through those links; a later
 * {@code mount-in}, {@code copy-in} or {@code copy-in-flv} line of a stopped pot mounts everything
 * it has and ({@code mount-in}) {@code mkdir -p}s and resolves its mount point, all on the host
 * through the same links. So of a pot's spec flavours at most one has a script, and no flavour
 * after it has such a line: an error at the later flavour's entry. The plan counts the host's
 * flavours too ({@code ScriptedFlavours} in the controller).
 */
final class ScriptedStarts implements SpecRule {

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    for (Declared pot : ctx.declarations().pots().values()) {
      check(ctx, pot, out);
    }
  }

  /** The sub-commands that go through a stopped pot's tree on the host. */
  static boolean throughTheTree(String sub) {
    return sub.equals("mount-in") || sub.equals("copy-in") || sub.equals("copy-in-flv");
  }

  private static void check(CheckContext ctx, Declared pot, Diagnostics.Builder out) {
    JsonPath listPath = pot.at(Fields.FLAVOURS);
    JsonNode list = pot.node(listPath);
    JsonPath first = null;
    String firstName = null;
    for (int i = 0; list.isArray() && i < list.size(); i++) {
      String name = list.get(i).asString("");
      Declared flavour = ctx.declarations().of(ResourceKind.FLAVOUR).get(name);
      if (flavour == null) {
        continue;
      }
      boolean script = flavour.field(Fields.SCRIPT).isString();
      String line = first == null || script ? null : treeLine(flavour);
      if (first != null && (script || line != null)) {
        String what =
            script
                ? " has a script, and so has "
                    + Text.quote(firstName)
                    + " before it: pot create starts the pot again for this one, and every"
                    + " start writes the jail's /etc/hosts and /etc/resolv.conf as root on the"
                    + " host, following any link the first script (run as the jail's root) left"
                    + " there; give a pot at most one flavour with a script"
                : " runs "
                    + Text.quote(line)
                    + " after the script of "
                    + Text.quote(firstName)
                    + ": on the stopped pot it mounts what the pot has (mount-in also makes its"
                    + " mount point) through the jail's tree as root on the host, following any"
                    + " link that script (run as the jail's root) left there; list it before the"
                    + " flavour with a script";
        out.add(
            Diagnostic.error(
                listPath.index(i).toString(),
                "flavour " + Text.quote(name) + what,
                pot.locate(listPath.index(i)),
                pot.locate(first)));
      }
      if (first == null && script) {
        first = listPath.index(i);
        firstName = name;
      }
    }
  }

  private static String treeLine(Declared flavour) {
    JsonNode commands = flavour.field(Fields.COMMANDS);
    for (int i = 0; commands.isArray() && i < commands.size(); i++) {
      String line = commands.get(i).asString("");
      if (throughTheTree(FlavourLine.words(line).get(0))) {
        return line;
      }
    }
    return null;
  }
}
