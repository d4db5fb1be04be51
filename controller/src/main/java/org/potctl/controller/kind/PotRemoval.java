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
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Dataset;
import org.potctl.state.pot.PotCommands;
import org.potctl.state.zfs.ZfsCommands;

/**
 * How a pot leaves the host: a replace (removal, then a new create; refused for a protected pot), a
 * pot gone from the spec (into the trash, or kept when protected), and the steps both share: stop,
 * the snapshots the spec asks for, the trash move.
 */
final class PotRemoval {

  private PotRemoval() {}

  static ResourcePlan replace(
      PlanContext ctx,
      PotSpec spec,
      Dataset ds,
      boolean running,
      List<Reason> reasons,
      List<FieldChange> fields,
      Observed observed) {
    ResourceAddress address = spec.address();
    if (spec.protect() || Ownership.protectedOnHost(ds)) {
      Diagnostic refused =
          ctx.error(
              address,
              "protected pot would need a replace ("
                  + String.join("; ", reasons.stream().map(Reason::text).toList())
                  + "); potctl never replaces a protected pot");
      return PotHandler.result(Change.noop(address), List.of(), List.of(refused), observed);
    }
    List<StepDraft> steps = new ArrayList<>(removal(ctx, spec.name(), ds, running));
    if (spec.options().snapshotBeforeChange()) {
      steps.add(
          running ? 1 : 0, StepDraft.of(StepKind.SNAPSHOT, PotCommands.snapshot(spec.name())));
    }
    steps.addAll(running ? 1 : 0, fscompSnapshots(ctx, spec));
    steps.addAll(PotCreateSteps.steps(ctx, spec));
    Change change = new Change(address, Action.REPLACE, Risk.DATA_LOSS, reasons, fields);
    return PotHandler.result(change, steps, List.of(), observed);
  }

  static ResourcePlan orphan(
      PlanContext ctx, ResourceAddress address, Dataset ds, boolean running, Observed observed) {
    if (Ownership.protectedOnHost(ds)) {
      Diagnostic kept =
          ctx.warning(
              address,
              "gone from the spec but protected (potctl:protect=on): kept; set 'protect: false'"
                  + " before dropping it to delete it");
      Change change =
          new Change(
              address,
              Action.NOOP,
              Risk.NONE,
              List.of(
                  ChangeReason.PROTECTED.because("protected: kept although gone from the spec")),
              List.of());
      return PotHandler.result(change, List.of(), List.of(kept), observed);
    }
    Change change =
        new Change(
            address,
            Action.DELETE,
            Risk.DATA_LOSS,
            List.of(
                ChangeReason.GONE_FROM_SPEC.because(
                    "owned by spec '"
                        + ctx.specId()
                        + "' and gone from it: moved to the trash (restorable)")),
            List.of());
    return PotHandler.result(
        change, removal(ctx, address.name(), ds, running), List.of(), observed);
  }

  /**
   * {@code pot snapshot -f} of each fscomp the pot mounts read-write whose spec says {@code
   * snapshot_before_change}, to run after the pot stops and before it is replaced or restarted.
   */
  static List<StepDraft> fscompSnapshots(PlanContext ctx, PotSpec spec) {
    return spec.mounts().stream()
        .filter(m -> !m.readonly())
        .map(m -> m.source())
        .filter(s -> s instanceof MountSource.Fscomp)
        .map(s -> ((MountSource.Fscomp) s).name())
        .distinct()
        .filter(
            f ->
                ctx.spec().fscomps().containsKey(f)
                    && ctx.spec().fscomps().get(f).snapshotBeforeChange())
        .map(f -> StepDraft.of(StepKind.SNAPSHOT, PotCommands.snapshotFscomp(f)))
        .toList();
  }

  /** Stop when running, then the dataset into the trash. */
  static List<StepDraft> removal(PlanContext ctx, String name, Dataset ds, boolean running) {
    List<StepDraft> steps = new ArrayList<>();
    if (running) {
      steps.add(StepDraft.of(StepKind.STOP, PotCommands.stop(name)));
    }
    if (ownMountpointsPossible(ctx, ds.name())) {
      steps.add(StepDraft.of(StepKind.TRASH_PREPARE, ZfsCommands.inheritMountpoints(ds.name())));
    }
    steps.addAll(Trash.steps(ctx, ds.name(), "pot", name));
    return steps;
  }

  /**
   * Whether a dataset of the pot may carry a mountpoint of its own that {@code mountpoint=none} on
   * the pot would not reach: datasets beside its root {@code m} (a multi level-1/2 pot: pot's stop
   * sets theirs, common.sh:1185-1186), or an {@code m} that is a clone (pot clone makes it with
   * {@code -o mountpoint}, clone.sh:102; a pot from a template or an image). Such a pot gets {@code
   * zfs inherit -r mountpoint} first, so the unmount takes all of it and restore mounts all of it.
   */
  private static boolean ownMountpointsPossible(PlanContext ctx, String dataset) {
    String root = dataset + "/m";
    return ctx.host().datasets().values().stream()
        .anyMatch(
            d ->
                d.name().startsWith(dataset + "/")
                    && (!d.name().equals(root) || d.origin().isPresent()));
  }
}
