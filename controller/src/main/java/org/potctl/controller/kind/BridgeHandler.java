package org.potctl.controller.kind;

import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.BridgeSpec;
import org.potctl.state.model.Bridge;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.Pot;
import org.potctl.state.pot.PotCommands;

/**
 * Private bridges: created when absent (and recorded in the inventory as potctl's). An existing
 * bridge of this spec is used as it is: pot cannot resize one. A bridge this spec created and no
 * longer declares is deleted with {@code pot destroy -B} once no pot uses it; one still used by a
 * pot this plan keeps is left with a warning. Bridges potctl did not create are never touched.
 */
final class BridgeHandler implements Handler {

  @Override
  public ResourcePlan plan(PlanContext ctx, ResourceAddress address) {
    Optional<Bridge> bridge = Optional.ofNullable(ctx.host().bridges().get(address.name()));
    Observed observed = new Observed().put(address.toString(), bridge.map(Bridge::fingerprint));
    BridgeSpec spec = ctx.spec().bridges().get(address.name());
    Optional<String> problem = Recorded.problem(ctx, address, bridge.isPresent());
    if (problem.isPresent()) {
      return ResourcePlan.noop(address, List.of(ctx.error(address, problem.get())), observed);
    }
    if (spec == null) {
      return bridge.isPresent()
          ? delete(ctx, address, observed)
          : ResourcePlan.noop(address, List.of(), observed);
    }
    List<Diagnostic> full = BridgeCapacity.check(ctx, address, spec);
    if (bridge.isPresent() || !full.isEmpty()) {
      return ResourcePlan.noop(address, full, observed);
    }
    Change change =
        new Change(
            address,
            Action.CREATE,
            Risk.NONE,
            List.of(ChangeReason.NOT_ON_HOST.because("not on the host")),
            List.of(new FieldChange("size", null, Json.number(spec.size()))));
    return new ResourcePlan(
        change,
        List.of(
            StepDraft.of(
                StepKind.CREATE_BRIDGE, PotCommands.createPrivateBridge(spec.name(), spec.size()))),
        List.of(),
        observed.map());
  }

  private static ResourcePlan delete(PlanContext ctx, ResourceAddress address, Observed observed) {
    Optional<String> user = keptUser(ctx, address.name());
    if (user.isPresent()) {
      String kept = "gone from the spec but pot " + user.get() + " still uses it";
      return ResourcePlan.noop(
          address, List.of(ctx.warning(address, kept + "; it is kept")), observed);
    }
    Change change =
        new Change(
            address,
            Action.DELETE,
            Risk.NETWORK,
            List.of(
                ChangeReason.GONE_FROM_SPEC.because("created by this spec and no longer declared")),
            List.of(new FieldChange("bridge", Json.text(address.name()), null)));
    return new ResourcePlan(
        change,
        List.of(StepDraft.of(StepKind.DESTROY_BRIDGE, PotCommands.destroyBridge(address.name()))),
        List.of(),
        observed.map());
  }

  /**
   * A pot on the host that uses the bridge and keeps using it after this plan: one this spec does
   * not delete and whose declared network does not move it off the bridge.
   */
  private static Optional<String> keptUser(PlanContext ctx, String bridge) {
    for (Pot pot : ctx.host().pots().values()) {
      if (pot.network().bridge().equals(Optional.of(bridge))
          && !ctx.spec().pots().containsKey(pot.name())
          && !deletedHere(ctx, pot.name())) {
        return Optional.of(pot.name());
      }
    }
    return Optional.empty();
  }

  /** Whether this plan deletes the pot: it is this spec's, gone from it, and not protected. */
  private static boolean deletedHere(PlanContext ctx, String pot) {
    Dataset ds = ctx.host().datasets().get(ctx.host().config().potDataset(pot));
    return ds != null && ds.ownedBy(ctx.specId()) && !Ownership.protectedOnHost(ds);
  }
}
