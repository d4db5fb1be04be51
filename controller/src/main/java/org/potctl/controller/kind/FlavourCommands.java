package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.potctl.schema.model.FlavourSpec;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Spec;
import org.potctl.schema.validate.FlavourLine;
import org.potctl.state.model.Flavour;

/**
 * The command lines {@code pot create -f} runs for a pot's flavours, in flavour and line order: a
 * spec flavour's, else those of the host flavour of that name as observed in pot's flavour
 * directory (the one pot would run). One reading for every planner that counts what flavours do.
 */
final class FlavourCommands {

  /** One command line of flavour {@code flavour}. */
  record Named(String flavour, FlavourLine line) {}

  private FlavourCommands() {}

  static List<Named> of(Spec spec, PotSpec pot, Map<String, Flavour> host) {
    List<Named> out = new ArrayList<>();
    for (String name : pot.flavours()) {
      FlavourSpec flavour = spec.flavours().get(name);
      List<String> commands =
          flavour != null
              ? flavour.commands()
              : Optional.ofNullable(host.get(name))
                  .flatMap(Flavour::commands)
                  .map(c -> c.lines().toList())
                  .orElse(List.of());
      commands.forEach(c -> FlavourLine.of(c).ifPresent(l -> out.add(new Named(name, l))));
    }
    return out;
  }
}
