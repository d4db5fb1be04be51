package org.potctl.schema.validate;

import java.util.List;
import java.util.regex.Pattern;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.PotfileDocument;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * Names of pots, fscomps, bridges and flavours match {@code ^[A-Za-z][A-Za-z0-9_-]{0,54}$}, and no
 * pot takes the name {@code pot create-base} gives a release's base pot ({@code base-14_1}).
 */
final class NameRules implements SpecRule {

  static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,54}");
  static final String RULE =
      "must start with a letter and hold at most 55 letters, digits, '_' or '-'";

  /**
   * The names of base pots: {@code base-} and a release with its first dot made {@code _}
   * (create-base.sh {@code _cb_base_pot}). pot's create-base keeps a pot of that name as the base
   * pot, and multi pots of the release are layered on it.
   */
  static final Pattern BASE_POT =
      Pattern.compile("base-([0-9]{1,2})_([0-9]{1,2}(?:-(?:RC|BETA|ALPHA)[0-9]{1,2})?)");

  private static final List<String> SECTIONS =
      List.of(Fields.POTS, Fields.FSCOMPS, Fields.BRIDGES, Fields.FLAVOURS);

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    for (PotfileDocument doc : ctx.declarations().documents()) {
      for (String section : SECTIONS) {
        JsonNode map = doc.root().path(section);
        if (map.isObject()) {
          map.propertyNames().forEach(name -> checkName(doc, section, name, out));
        }
      }
    }
  }

  private static void checkName(
      PotfileDocument doc, String section, String name, Diagnostics.Builder out) {
    if (!NAME.matcher(name).matches()) {
      JsonPath path = JsonPath.of(section, name);
      String kind = section.substring(0, section.length() - 1);
      out.add(
          Diagnostic.error(
              path.toString(),
              "invalid " + kind + " name " + Text.quote(name) + ": " + RULE,
              doc.index().locateKey(path)));
    } else if (section.equals(Fields.POTS) && BASE_POT.matcher(name).matches()) {
      JsonPath path = JsonPath.of(section, name);
      java.util.regex.Matcher m = BASE_POT.matcher(name);
      m.matches();
      out.add(
          Diagnostic.error(
              path.toString(),
              "pot name "
                  + Text.quote(name)
                  + " is the name pot gives the base pot of release "
                  + m.group(1)
                  + "."
                  + m.group(2)
                  + " (pot create-base keeps a pot of that name and layers multi pots on it);"
                  + " name the pot otherwise",
              doc.index().locateKey(path)));
    }
  }

  static boolean isName(JsonNode node) {
    return node.isString() && NAME.matcher(node.stringValue()).matches();
  }
}
