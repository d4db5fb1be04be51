package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.PotSpec;

/**
 * Within one spec a host port is exported by at most one pot (and once) per protocol, counting what
 * the pot's flavours' {@code export-ports} lines export ({@link FlavourSettings}: unless the pot's
 * own {@code ports} replace them). Validation checks the {@code ports} fields alone, so this
 * reports only the clashes a flavour takes part in; each is a plan error at the later pot.
 */
public final class SpecHostPorts {

  private SpecHostPorts() {}

  private record First(String pot, boolean byFlavour) {}

  /** Every host-port clash between the spec's pots that a spec flavour's export takes part in. */
  public static List<Diagnostic> clashes(PlanContext ctx) {
    Map<String, First> first = new HashMap<>();
    List<Diagnostic> found = new ArrayList<>();
    for (PotSpec pot : ctx.spec().pots().values()) {
      boolean byFlavour = pot.ports().isEmpty();
      List<PortExport> ports =
          FlavourSettings.effective(ctx.spec(), pot, ctx.host().flavours()).ports();
      for (int i = 0; i < ports.size(); i++) {
        PortExport p = ports.get(i);
        if (p.hostPort().isEmpty()) {
          continue;
        }
        String key = p.proto().name().toLowerCase(Locale.ROOT) + "/" + p.hostPort().getAsInt();
        First before = first.putIfAbsent(key, new First(pot.name(), byFlavour));
        if (before != null && (byFlavour || before.byFlavour())) {
          found.add(
              OtherSpecs.at(
                  ctx,
                  pot,
                  byFlavour ? "flavours" : "ports[" + i + "]",
                  "host port "
                      + key
                      + (byFlavour ? " (an export-ports line of its flavours)" : "")
                      + " is already exported by pot "
                      + before.pot()
                      + " of this spec"
                      + (before.byFlavour() ? " (an export-ports line of its flavours)" : "")));
        }
      }
    }
    return found;
  }
}
