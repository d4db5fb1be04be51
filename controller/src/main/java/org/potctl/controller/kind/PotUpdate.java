package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Reason;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.DesiredState;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Dataset;
import org.potctl.state.pot.PotCommands;
import org.potctl.state.zfs.ZfsCommands;

/**
 * An existing, owned pot changed in place: the field commands, wrapped in a stop and start when the
 * pot runs and a field takes effect only at start or needs the pot stopped; or only a start or a
 * stop when nothing else differs.
 */
final class PotUpdate {

  private final PlanContext ctx;
  private final PotSpec spec;
  private final Dataset dataset;
  private final boolean running;
  private final boolean oneShot;
  private final List<FieldDiff> diffs;

  /**
   * An update of a pot. {@code oneShot}: the pot is not persistent ({@code persistent=NO}), so
   * {@code pot start} runs its command to the end and the pot stops; a stopped one-shot pot is not
   * started again.
   */
  PotUpdate(
      PlanContext ctx,
      PotSpec spec,
      Dataset dataset,
      boolean running,
      boolean oneShot,
      List<FieldDiff> diffs) {
    this.ctx = ctx;
    this.spec = spec;
    this.dataset = dataset;
    this.running = running;
    this.oneShot = oneShot;
    List<FieldDiff> all = new ArrayList<>(diffs);
    protectStamp().ifPresent(all::add);
    this.diffs = List.copyOf(all);
  }

  private java.util.Optional<FieldDiff> protectStamp() {
    boolean stamped = Ownership.protectedOnHost(dataset);
    if (stamped == spec.protect()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new FieldDiff(
            new FieldChange("protect", Json.bool(stamped), Json.bool(spec.protect())),
            Effect.NOW,
            List.of(
                StepDraft.of(
                    spec.protect() ? StepKind.STAMP : StepKind.UNSTAMP,
                    spec.protect()
                        ? ZfsCommands.stampProtect(dataset.name())
                        : ZfsCommands.removeProtect(dataset.name()))),
            Risk.NONE,
            "the protect stamp changes in place"));
  }

  ResourcePlan plan(Observed observed) {
    List<Diagnostic> warnings = new ArrayList<>();
    List<FieldDiff> actionable = new ArrayList<>();
    for (FieldDiff d : diffs) {
      if (d.effect() == Effect.CANNOT) {
        warnings.add(
            ctx.warning(spec.address(), d.field().path() + ": " + d.reason() + "; left as it is"));
      } else {
        actionable.add(d);
      }
    }
    boolean wantRunning = spec.state() == DesiredState.RUNNING && (running || !oneShot);
    boolean atStart =
        actionable.stream()
            .anyMatch(d -> d.effect() == Effect.AT_START || d.effect() == Effect.NEEDS_STOP);
    boolean stop = running && (!wantRunning || atStart);
    boolean start = wantRunning && (!running || stop);
    List<StepDraft> steps = new ArrayList<>();
    if (stop) {
      steps.add(StepDraft.of(StepKind.STOP, PotCommands.stop(spec.name())));
    }
    if (stop && start && spec.options().snapshotBeforeChange()) {
      steps.add(StepDraft.of(StepKind.SNAPSHOT, PotCommands.snapshot(spec.name())));
    }
    if (stop && start) {
      steps.addAll(PotRemoval.fscompSnapshots(ctx, spec));
    }
    actionable.forEach(d -> steps.addAll(d.steps()));
    if (start) {
      steps.add(PotCreateSteps.start(spec));
    }
    return PotHandler.result(change(actionable, stop, start), steps, warnings, observed);
  }

  private Change change(List<FieldDiff> actionable, boolean stop, boolean start) {
    FieldChange state =
        new FieldChange(
            "state", Json.text(running ? "running" : "stopped"), Json.text(spec.state().label()));
    boolean stateDiffers =
        running != (spec.state() == DesiredState.RUNNING && (running || !oneShot));
    if (actionable.isEmpty()) {
      if (!stateDiffers) {
        return Change.noop(spec.address());
      }
      return start
          ? new Change(
              spec.address(),
              Action.START,
              Risk.NONE,
              List.of(ChangeReason.STOPPED.because("stopped on the host")),
              List.of(state))
          : new Change(
              spec.address(),
              Action.STOP,
              Risk.RESTART,
              List.of(ChangeReason.RUNNING.because("running on the host")),
              List.of(state));
    }
    List<FieldChange> fields = new ArrayList<>(PotHandler.fields(actionable));
    if (stateDiffers) {
      fields.add(state);
    }
    List<Reason> reasons =
        new ArrayList<>(actionable.stream().map(FieldDiff::changeReason).distinct().toList());
    Risk risk = actionable.stream().map(FieldDiff::risk).reduce(Risk.NONE, Risk::max);
    if (stop && start) {
      reasons.add(
          ChangeReason.RESTART.because("restarted: it runs and a change takes effect at start"));
      risk = risk.max(Risk.RESTART);
    } else if (stop) {
      risk = risk.max(Risk.RESTART);
    }
    return new Change(spec.address(), Action.UPDATE, risk, reasons, FscompHandler.sorted(fields));
  }
}
