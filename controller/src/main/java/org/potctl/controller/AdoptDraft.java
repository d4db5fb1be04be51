package org.potctl.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.kind.StepDraft;
import org.potctl.controller.ownership.AdoptCheck;
import org.potctl.controller.ownership.Verdict;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.HostPlan;
import org.potctl.controller.plan.InventoryAddresses;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.state.exec.Command;
import org.potctl.state.host.Host;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.zfs.ZfsCommands;

/**
 * The plan of {@code adopt}: the spec is planned against the host (observed once), {@link
 * AdoptCheck} decides per address, and every adoptable dataset gets its stamps as steps, every
 * bridge or flavour an inventory record. All or nothing: one refused address refuses the lot.
 */
final class AdoptDraft {

  private AdoptDraft() {}

  static Drafted draft(Host host, HostChange.Adopt adopt, Pipeline.Loaded loaded) {
    PlanResult result = Pipeline.planOn(host, adopt.spec(), loaded);
    if (!(result instanceof PlanResult.Planned planned)) {
      return new Drafted.Stop(new ChangeOutcome.Invalid(result.specDiagnostics()));
    }
    HostState state = planned.state();
    String applyId = planned.plan().applyId();
    PlanRequest request =
        new PlanRequest(
                planned.spec(),
                adopt.spec().dir().toString(),
                planned.specId(),
                state,
                host.driver(),
                HostObserver.flavourDirectory(
                    host.files(), state.config().fsRoot(), Optional.empty()),
                applyId)
            .withInventory(planned.inventory())
            .withAllowances(adopt.spec().allowances());
    List<Verdict> verdicts = AdoptCheck.check(request, adopt.addresses());
    List<String> refusals = new ArrayList<>();
    for (Verdict v : verdicts) {
      if (v.outcome() == Verdict.Outcome.REFUSED) {
        refusals.add(v.address() + " cannot be adopted:");
        v.lines().forEach(l -> refusals.add("  " + l));
      }
    }
    if (!refusals.isEmpty()) {
      return new Drafted.Stop(
          new ChangeOutcome.Refused(refusals, Optional.empty(), planned.specDiagnostics().all()));
    }
    HostPlanBuilder b = new HostPlanBuilder("adopt", host, state);
    verdicts.forEach(v -> add(b, v, state, planned.specId(), applyId));
    // the spec's warnings as planned on this host (an ssh host adds its host-directory checks),
    // and whether adopting takes the spec id over (or claims one recorded without an origin)
    List<Diagnostic> shown = new ArrayList<>(planned.specDiagnostics().all());
    shown.addAll(SpecOrigins.warnings(planned.plan()));
    return new Drafted.Ready(
        b.build(planned.plan().specDir(), planned.specId(), planned.plan().specDigest(), applyId)
            .reported(shown));
  }

  private static void add(
      HostPlanBuilder b, Verdict v, HostState state, String specId, String applyId) {
    if (v.outcome() == Verdict.Outcome.ALREADY_OWNED) {
      b.note(v.address() + ": already managed by spec '" + specId + "'");
      return;
    }
    String reason = "exists, belongs to no spec and matches the spec: adopted by '" + specId + "'";
    ChangeReason code = ChangeReason.ADOPTED;
    if (Verdict.isDataset(v.address())) {
      String dataset = Verdict.dataset(state, v.address());
      List<Command> stamps = new ArrayList<>();
      stamps.add(ZfsCommands.stampOwner(dataset, specId));
      stamps.add(ZfsCommands.stampApply(dataset, applyId));
      if (v.protect()) {
        stamps.add(ZfsCommands.stampProtect(dataset));
      }
      b.change(
          v.address(),
          Action.UPDATE,
          Risk.NONE,
          code.because(reason),
          List.of(HostPlanBuilder.field(ZfsCommands.OWNER, null, specId)),
          StepDraft.each(StepKind.STAMP, stamps));
    } else {
      b.change(
          v.address(),
          Action.UPDATE,
          Risk.NONE,
          code.because(reason + " (recorded in the host's inventory)"),
          List.of(HostPlanBuilder.field("inventory", null, specId)),
          List.of());
      b.inventory(
          new HostPlan.InventoryEdit(
              true, specId, InventoryAddresses.kind(v.address()), v.address().name()));
    }
    if (!v.lines().isEmpty()) {
      b.note(v.address() + ": once adopted, the next apply will:");
      v.lines().forEach(l -> b.note("    " + l));
    }
  }
}
