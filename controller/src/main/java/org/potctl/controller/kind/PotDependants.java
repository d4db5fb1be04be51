package org.potctl.controller.kind;

import java.util.List;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.DesiredState;
import org.potctl.schema.model.PotSpec;

/** pot starts a pot's dependencies with it ({@code pot.depend}): what that means for the plan. */
final class PotDependants {

  private PotDependants() {}

  /**
   * A pot the spec wants stopped that a running pot depends on (transitively) is started by pot
   * anyway ({@code pot.depend}): it is planned as running, with a warning.
   */
  static PotSpec startedByDependants(PlanContext ctx, PotSpec spec, List<Diagnostic> notes) {
    if (spec.state() == DesiredState.RUNNING) {
      return spec;
    }
    for (PotSpec other : ctx.spec().pots().values()) {
      if (other.state() == DesiredState.RUNNING && dependsOn(ctx, other, spec.name(), 0)) {
        notes.add(
            ctx.warning(
                spec.address(),
                "state: stopped, but pot "
                    + other.name()
                    + " depends on it and pot starts it with "
                    + other.name()
                    + ": planned as running"));
        return spec.withState(DesiredState.RUNNING);
      }
    }
    return spec;
  }

  private static boolean dependsOn(PlanContext ctx, PotSpec pot, String target, int depth) {
    if (depth > ctx.spec().pots().size()) {
      return false;
    }
    for (String d : pot.dependsOn()) {
      PotSpec dep = ctx.spec().pots().get(d);
      if (d.equals(target) || (dep != null && dependsOn(ctx, dep, target, depth + 1))) {
        return true;
      }
    }
    return false;
  }
}
