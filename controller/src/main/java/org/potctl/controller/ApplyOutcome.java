package org.potctl.controller;

import java.util.List;
import java.util.Optional;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.schema.diag.Diagnostics;

/** How {@link Engine#apply} ended. Exhaustive: every caller switches over all of them. */
public sealed interface ApplyOutcome
    permits ApplyOutcome.Invalid,
        ApplyOutcome.Refused,
        ApplyOutcome.PlanFailed,
        ApplyOutcome.DryRun,
        ApplyOutcome.Applied {

  /** The spec is invalid; no host was touched (exit 1). */
  record Invalid(Diagnostics specDiagnostics) implements ApplyOutcome {}

  /**
   * Refused for safety, nothing was run (exit 3): the lock is held (then no plan was made), a guard
   * failed, the answer was not 'yes', or a saved plan no longer matches.
   *
   * @param reasons one sentence each; lines starting with a space continue the one before
   * @param planned the plan, when one was made
   */
  record Refused(List<String> reasons, Optional<PlanResult.Planned> planned)
      implements ApplyOutcome {
    public Refused {
      reasons = List.copyOf(reasons);
    }
  }

  /** The plan has errors; nothing was run (exit 1). */
  record PlanFailed(PlanResult.Planned planned) implements ApplyOutcome {}

  /** A dry run: the plan passed the guards; nothing was run. */
  record DryRun(PlanResult.Planned planned) implements ApplyOutcome {}

  /** The plan ran (or had nothing to run); {@code report} says how every step ended. */
  record Applied(PlanResult.Planned planned, ApplyReport report) implements ApplyOutcome {}
}
