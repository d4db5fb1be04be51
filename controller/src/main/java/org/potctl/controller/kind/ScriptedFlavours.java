package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.FlavourSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.yaml.Text;
import org.potctl.state.model.Flavour;

/**
 * The plan-time half of "of a pot's flavours at most one has a script": {@code pot create} runs
 * each flavour's script in the started pot and stops it again (common-flv.sh:121-147), and every
 * start writes the jail's {@code /etc/hosts} and {@code /etc/resolv.conf} as root on the host,
 * following a link an earlier script (run as the jail's root) left there, inside the one {@code pot
 * create} where potctl cannot look before the start. Validation counts the spec's flavours; only
 * the host shows which of the host flavours a pot names (pot's flavour directory, not written by
 * potctl) have a script. A spec flavour counts by its {@code script} (potctl installs it over a
 * host flavour of that name), any other by the observed {@code NAME.sh}. The error is at the second
 * such entry of the pot's {@code flavours} list, and so is a later flavour with a {@code mount-in},
 * {@code copy-in} or {@code copy-in-flv} line: on the stopped pot each mounts what it has and
 * ({@code mount-in}) makes its mount point through the tree the script may have left links in.
 */
public final class ScriptedFlavours {

  /** What goes through a stopped pot's tree on the host (it mounts what the pot has). */
  private static final Set<String> TREE_COMMANDS = Set.of("mount-in", "copy-in", "copy-in-flv");

  private ScriptedFlavours() {}

  /** The errors of every pot of the spec {@code ctx} plans. */
  public static List<Diagnostic> check(PlanContext ctx) {
    List<Diagnostic> found = new ArrayList<>();
    for (PotSpec pot : ctx.spec().pots().values()) {
      String first = null;
      for (int i = 0; i < pot.flavours().size(); i++) {
        String name = pot.flavours().get(i);
        boolean script = hasScript(ctx, name);
        Optional<String> line = first == null || script ? Optional.empty() : treeLine(ctx, name);
        if (first != null && (script || line.isPresent())) {
          String what =
              script
                  ? " has a script, and so has "
                      + first
                      + where(ctx, first)
                      + " before it: pot create starts the pot again for this one, and every"
                      + " start writes the jail's /etc/hosts and /etc/resolv.conf as root on the"
                      + " host, following any link the first script (run as the jail's root) left"
                      + " there; give a pot at most one flavour with a script"
                  : " runs "
                      + Text.quote(line.get())
                      + " after the script of "
                      + first
                      + where(ctx, first)
                      + ": on the stopped pot it mounts what the pot has (mount-in also makes its"
                      + " mount point) through the jail's tree as root on the host, following any"
                      + " link that script (run as the jail's root) left there; list it before the"
                      + " flavour with a script";
          found.add(
              ctx.errorAt(
                  pot.address(),
                  pot.address().specPath() + ".flavours[" + i + "]",
                  "flavour " + name + where(ctx, name) + what));
        }
        if (first == null && script) {
          first = name;
        }
      }
    }
    return found;
  }

  /** The first line of flavour {@code name} that goes through a stopped pot's tree, if any. */
  private static Optional<String> treeLine(PlanContext ctx, String name) {
    FlavourSpec own = ctx.spec().flavours().get(name);
    Flavour host = ctx.host().flavours().get(name);
    List<String> lines =
        own != null
            ? own.commands()
            : host == null ? List.of() : host.commands().orElse("").lines().toList();
    return lines.stream()
        .filter(l -> TREE_COMMANDS.contains(l.strip().split("[ \\t]+")[0]))
        .findFirst();
  }

  private static boolean hasScript(PlanContext ctx, String name) {
    FlavourSpec own = ctx.spec().flavours().get(name);
    if (own != null) {
      return own.script().isPresent();
    }
    Flavour host = ctx.host().flavours().get(name);
    return host != null && host.scriptDigest().isPresent();
  }

  private static String where(PlanContext ctx, String name) {
    return ctx.spec().flavours().containsKey(name)
        ? " (a spec flavour)"
        : " (a host flavour, " + ctx.flavourDir() + "/" + name + ".sh)";
  }
}
