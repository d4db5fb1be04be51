package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.Interruptions.Interruption;
import org.potctl.controller.plan.Reason;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.model.Dataset;
import org.potctl.state.zfs.ZfsCommands;

/**
 * Objects an interrupted apply of this spec left half-done (DESIGN §3.5). An unstamped dataset
 * counts as potctl's own only when the journal shows an apply of this spec began to create it; then
 * it is planned as owned and repaired, each repair named by a reason like {@code interrupted by
 * apply 20261123T135000Z-3f9a: pot create never finished}.
 */
final class HalfDone {

  private HalfDone() {}

  /**
   * The journal's evidence that the unstamped {@code dataset} of {@code address} was created by an
   * interrupted apply of this spec; empty when it is absent, stamped, or there is no evidence.
   */
  static Optional<Interruption> createdUnstamped(
      PlanContext ctx, ResourceAddress address, Optional<Dataset> dataset) {
    if (dataset.isEmpty() || dataset.get().owner().isPresent()) {
      return Optional.empty();
    }
    return ctx.interruptions().created(address.toString());
  }

  /** {@code dataset} as it will be once stamped for {@code specId}. */
  static Dataset stamped(Dataset dataset, String specId) {
    return new Dataset(
        dataset.name(),
        dataset.mountpoint(),
        dataset.origin(),
        dataset.usedBytes(),
        Optional.of(specId),
        dataset.applyId(),
        dataset.properties());
  }

  /**
   * What the plan does with a half-created object: {@code kept} while the spec declares it, the
   * move into the trash once it does not (an unstamped leftover would otherwise be nobody's).
   */
  static String repair(ResourcePlan plan, String kept) {
    return plan.change().action() == Action.DELETE
        ? "the spec no longer declares it: moved to the trash"
        : kept;
  }

  /** The reason naming the interrupted apply: {@code interrupted by apply ID: WHAT}. */
  static Reason reason(Interruption interruption, String what) {
    return ChangeReason.INTERRUPTED.because(
        "interrupted by apply " + interruption.applyId() + ": " + what);
  }

  /**
   * {@code plan} for a dataset that still needs its owner stamp: the stamp first, then the rest; a
   * no-op becomes an update. A delete or replace moves the dataset away, so it needs no stamp and
   * only gains the reason.
   */
  static ResourcePlan stampFirst(
      ResourcePlan plan, PlanContext ctx, String dataset, Reason reason) {
    Change c = plan.change();
    List<Reason> reasons = new ArrayList<>();
    reasons.add(reason);
    reasons.addAll(c.reasons());
    if (c.action() == Action.DELETE || c.action() == Action.REPLACE) {
      return withChange(
          plan, new Change(c.address(), c.action(), c.risk(), reasons, c.fields()), plan.steps());
    }
    List<StepDraft> steps = new ArrayList<>();
    steps.add(StepDraft.of(StepKind.STAMP, ZfsCommands.stampOwner(dataset, ctx.specId())));
    steps.addAll(plan.steps());
    Action action = c.action() == Action.NOOP ? Action.UPDATE : c.action();
    return withChange(plan, new Change(c.address(), action, c.risk(), reasons, c.fields()), steps);
  }

  /**
   * {@code plan} with the reason that a move into the trash of the same dataset stopped after
   * {@code mountpoint=none}, when the journal says so and the plan moves it again.
   */
  static ResourcePlan trashResumed(ResourcePlan plan, PlanContext ctx, Optional<Dataset> ds) {
    Change c = plan.change();
    Optional<Interruption> moved = ctx.interruptions().trashMove(c.address().toString());
    boolean unmounted = ds.map(d -> d.mountpoint().equals("none")).orElse(false);
    if (moved.isEmpty()
        || !unmounted
        || (c.action() != Action.DELETE && c.action() != Action.REPLACE)) {
      return plan;
    }
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        reason(moved.get(), "the move into the trash stopped after mountpoint=none; moved again"));
    reasons.addAll(c.reasons());
    return withChange(
        plan, new Change(c.address(), c.action(), c.risk(), reasons, c.fields()), plan.steps());
  }

  private static ResourcePlan withChange(ResourcePlan plan, Change change, List<StepDraft> steps) {
    return new ResourcePlan(change, steps, plan.diagnostics(), plan.observed());
  }
}
