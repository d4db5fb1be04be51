package org.potctl.controller;

import java.util.List;
import java.util.Optional;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.plan.HostPlan;
import org.potctl.schema.diag.Diagnostics;

/** How {@link Engine#change} ended. Exhaustive: every caller switches over all of them. */
public sealed interface ChangeOutcome
    permits ChangeOutcome.Invalid,
        ChangeOutcome.Refused,
        ChangeOutcome.Failed,
        ChangeOutcome.DryRun,
        ChangeOutcome.Applied {

  /** The spec ({@code adopt}) is invalid; no host was touched (exit 1). */
  record Invalid(Diagnostics specDiagnostics) implements ChangeOutcome {}

  /**
   * Refused for safety, nothing was run (exit 3): the lock is held, an object is another spec's or
   * does not match, the name is taken, or the answer was not 'yes'.
   *
   * @param reasons one sentence each; lines starting with a space continue the one before
   * @param planned the plan, when one was made
   */
  record Refused(List<String> reasons, Optional<HostPlan> planned) implements ChangeOutcome {
    public Refused {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * Nothing to act on (exit 1), e.g. no trash entry matches; nothing was run.
   *
   * @param errors one sentence each; lines starting with a space continue the one before
   */
  record Failed(List<String> errors) implements ChangeOutcome {
    public Failed {
      errors = List.copyOf(errors);
    }
  }

  /** A dry run: the plan was made (without the lock); nothing was run. */
  record DryRun(HostPlan planned) implements ChangeOutcome {}

  /** The plan ran (or had nothing to run); {@code report} says how every step ended. */
  record Applied(HostPlan planned, ApplyReport report) implements ChangeOutcome {}
}
