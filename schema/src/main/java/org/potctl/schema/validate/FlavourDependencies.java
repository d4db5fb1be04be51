package org.potctl.schema.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.yaml.JsonPath;
import tools.jackson.databind.JsonNode;

/**
 * The dependencies a pot gets from its spec flavours: {@code pot create -f F} runs F's {@code
 * add-dep -P POT} lines on the new pot (common-flv.sh:82-120), so each such line is a {@code
 * depends_on} of every pot that names F in {@code flavours}. Host flavours are the host's and not
 * counted here.
 */
final class FlavourDependencies {

  /**
   * One flavour line that makes {@code pot} depend on {@code target}.
   *
   * @param pot the pot that names the flavour
   * @param target the pot of its {@code add-dep -P}
   * @param flavour the spec flavour
   * @param line the path of the line in the flavour's Potfile
   */
  record Dependency(String pot, String target, Declared flavour, JsonPath line) {

    /** How the edge came about, for a message. */
    String via() {
      return pot + " -> " + target + " is " + line + " (flavour " + flavour.name() + ")";
    }
  }

  private FlavourDependencies() {}

  /** Every spec-flavour dependency of every pot, in pot and flavour order. */
  static List<Dependency> of(CheckContext ctx) {
    SortedMap<String, Declared> flavours = ctx.declarations().of(ResourceKind.FLAVOUR);
    List<Dependency> out = new ArrayList<>();
    ctx.declarations()
        .pots()
        .forEach(
            (name, pot) -> {
              JsonNode used = pot.field(Fields.FLAVOURS);
              for (int i = 0; used.isArray() && i < used.size(); i++) {
                Declared flavour =
                    used.get(i).isString() ? flavours.get(used.get(i).stringValue()) : null;
                if (flavour != null) {
                  addLines(name, flavour, out);
                }
              }
            });
    return out;
  }

  private static void addLines(String pot, Declared flavour, List<Dependency> out) {
    JsonNode commands = flavour.field(Fields.COMMANDS);
    for (int i = 0; commands.isArray() && i < commands.size(); i++) {
      JsonNode line = commands.get(i);
      Optional<FlavourLine> parsed =
          line.isString() ? FlavourLine.of(line.stringValue()) : Optional.empty();
      Optional<String> target =
          parsed.filter(l -> l.sub().equals("add-dep")).flatMap(l -> l.get('P'));
      if (target.isPresent()) {
        out.add(new Dependency(pot, target.get(), flavour, flavour.at(Fields.COMMANDS).index(i)));
      }
    }
  }
}
