package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Interruptions.Interruption;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.FscompSpec;
import org.potctl.state.model.Dataset;
import org.potctl.state.pot.PotCommands;
import org.potctl.state.zfs.ZfsCommands;

/**
 * fscomps: {@code pot create-fscomp}, the owner (and protect) stamp and the allowlisted properties
 * with {@code zfs set}; one gone from the spec goes to the trash unless protected.
 */
final class FscompHandler implements Handler {

  @Override
  public ResourcePlan plan(PlanContext ctx, ResourceAddress address) {
    String dsName = ctx.host().config().fscompDataset(address.name());
    Optional<Dataset> found = Optional.ofNullable(ctx.host().datasets().get(dsName));
    Optional<Interruption> halfCreated = HalfDone.createdUnstamped(ctx, address, found);
    Optional<Dataset> ds =
        found.map(d -> halfCreated.isPresent() ? HalfDone.stamped(d, ctx.specId()) : d);
    ResourcePlan plan = plan(ctx, address, dsName, ds, new Observed().dataset(dsName, found));
    if (halfCreated.isPresent()) {
      String what =
          (halfCreated.get().finished()
                  ? "fscomp created but never stamped; "
                  : "pot create-fscomp never finished; ")
              + HalfDone.repair(plan, "stamped");
      plan = HalfDone.stampFirst(plan, ctx, dsName, HalfDone.reason(halfCreated.get(), what));
    }
    return HalfDone.trashResumed(plan, ctx, found);
  }

  private ResourcePlan plan(
      PlanContext ctx,
      ResourceAddress address,
      String dsName,
      Optional<Dataset> ds,
      Observed observed) {
    FscompSpec spec = ctx.spec().fscomps().get(address.name());
    Optional<String> problem = Ownership.problem(ds, ctx, address.toString());
    if (problem.isPresent()) {
      return ResourcePlan.noop(address, List.of(ctx.error(address, problem.get())), observed);
    }
    if (spec == null) {
      return orphan(ctx, address, dsName, ds.orElseThrow(), observed);
    }
    if (ds.isEmpty()) {
      return create(ctx, spec, dsName, observed);
    }
    return update(ctx, spec, ds.get(), observed);
  }

  private ResourcePlan create(PlanContext ctx, FscompSpec spec, String ds, Observed observed) {
    List<StepDraft> steps = new ArrayList<>();
    steps.add(StepDraft.of(StepKind.CREATE_FSCOMP, PotCommands.createFscomp(spec.name())));
    steps.add(StepDraft.of(StepKind.STAMP, ZfsCommands.stampOwner(ds, ctx.specId())));
    List<FieldChange> fields = new ArrayList<>();
    if (spec.protect()) {
      steps.add(StepDraft.of(StepKind.STAMP, ZfsCommands.stampProtect(ds)));
    }
    spec.properties()
        .forEach(
            (k, v) -> {
              steps.add(StepDraft.of(StepKind.SET_PROPERTY, ZfsCommands.setProperty(ds, k, v)));
              fields.add(new FieldChange("properties." + k, null, Json.text(v)));
            });
    fields.add(new FieldChange("protect", null, Json.bool(spec.protect())));
    Change change =
        new Change(
            spec.address(),
            Action.CREATE,
            Risk.NONE,
            List.of(ChangeReason.NOT_ON_HOST.because("not on the host")),
            sorted(fields));
    return new ResourcePlan(change, steps, List.of(), observed.map());
  }

  private ResourcePlan update(PlanContext ctx, FscompSpec spec, Dataset ds, Observed observed) {
    List<StepDraft> steps = new ArrayList<>();
    List<FieldChange> fields = new ArrayList<>();
    for (Map.Entry<String, String> p : spec.properties().entrySet()) {
      Optional<String> now = ds.property(p.getKey());
      if (now.isEmpty() || !PropertyValues.same(p.getKey(), p.getValue(), now.get())) {
        steps.add(
            StepDraft.of(
                StepKind.SET_PROPERTY,
                ZfsCommands.setProperty(ds.name(), p.getKey(), p.getValue())));
        fields.add(
            new FieldChange(
                "properties." + p.getKey(), Json.text(now.orElse(null)), Json.text(p.getValue())));
      }
    }
    boolean stamped = Ownership.protectedOnHost(ds);
    if (stamped != spec.protect()) {
      steps.add(
          StepDraft.of(
              spec.protect() ? StepKind.STAMP : StepKind.UNSTAMP,
              spec.protect()
                  ? ZfsCommands.stampProtect(ds.name())
                  : ZfsCommands.removeProtect(ds.name())));
      fields.add(new FieldChange("protect", Json.bool(stamped), Json.bool(spec.protect())));
    }
    if (steps.isEmpty()) {
      return ResourcePlan.noop(spec.address(), List.of(), observed);
    }
    Change change =
        new Change(
            spec.address(),
            Action.UPDATE,
            Risk.NONE,
            List.of(ChangeReason.IN_PLACE.because("properties change in place with zfs set")),
            sorted(fields));
    return new ResourcePlan(change, steps, List.of(), observed.map());
  }

  private ResourcePlan orphan(
      PlanContext ctx, ResourceAddress address, String dsName, Dataset ds, Observed observed) {
    if (Ownership.protectedOnHost(ds)) {
      Diagnostic kept =
          ctx.warning(
              address,
              "gone from the spec but protected (potctl:protect=on): kept; remove the stamp"
                  + " with 'protect: false' before dropping it to delete it");
      Change change =
          new Change(
              address,
              Action.NOOP,
              Risk.NONE,
              List.of(
                  ChangeReason.PROTECTED.because("protected: kept although gone from the spec")),
              List.of());
      return new ResourcePlan(change, List.of(), List.of(kept), observed.map());
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
    return new ResourcePlan(
        change, Trash.steps(ctx, dsName, "fscomp", address.name()), List.of(), observed.map());
  }

  static List<FieldChange> sorted(List<FieldChange> fields) {
    return fields.stream().sorted(java.util.Comparator.comparing(FieldChange::path)).toList();
  }
}
