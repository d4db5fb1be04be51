package org.potctl.controller;

import java.util.List;
import org.potctl.controller.plan.Plan;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.Spec;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.InventorySnapshot;

/** What {@link Engine#plan} made: an invalid spec, or a plan. */
public sealed interface PlanResult permits PlanResult.Invalid, PlanResult.Planned {

  /** The spec's diagnostics (warnings only when planned). */
  Diagnostics specDiagnostics();

  /**
   * The spec is invalid: nothing was observed (exit 1).
   *
   * @param specDiagnostics every problem, with its location
   */
  record Invalid(Diagnostics specDiagnostics) implements PlanResult {}

  /**
   * A plan was made.
   *
   * @param specDiagnostics the spec's warnings
   * @param spec the validated spec
   * @param specId the owner id used
   * @param hostBanner the host's banner line ({@code potctl: host sim:…})
   * @param state the host as observed
   * @param plan the plan
   * @param inventory the host's inventory as read for the plan
   * @param refusals the spec's refused applies since its last run, newest first, from the host's
   *     journals ({@link org.potctl.state.statedir.JournalReader#refusalsSinceLastRun}); {@code
   *     status} shows them
   */
  record Planned(
      Diagnostics specDiagnostics,
      Spec spec,
      String specId,
      String hostBanner,
      HostState state,
      Plan plan,
      InventorySnapshot inventory,
      List<ApplyJournal> refusals)
      implements PlanResult {

    public Planned {
      refusals = List.copyOf(refusals);
    }

    /**
     * The plan as documents report it: the spec's warnings (e.g. a host directory missing on the
     * host) first, then the plan's own diagnostics, so {@code -o json} carries every warning the
     * text output prints.
     */
    public Plan reportedPlan() {
      return plan.reported(specDiagnostics);
    }
  }
}
