package org.potctl.controller.kind;

import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Risk;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.model.BridgeSpec;
import org.potctl.state.model.Bridge;
import org.potctl.state.pot.PotCommands;

/**
 * Private bridges: created when absent. An existing bridge of that name is used as it is (pot
 * cannot resize one); deleting bridges needs the inventory of what potctl created, so bridges gone
 * from the spec are left alone.
 */
final class BridgeHandler implements Handler {

  @Override
  public ResourcePlan plan(PlanContext ctx, ResourceAddress address) {
    Optional<Bridge> bridge = Optional.ofNullable(ctx.host().bridges().get(address.name()));
    Observed observed = new Observed().put(address.toString(), bridge.map(Bridge::fingerprint));
    BridgeSpec spec = ctx.spec().bridges().get(address.name());
    if (bridge.isPresent() || spec == null) {
      return new ResourcePlan(Change.noop(address), List.of(), List.of(), observed.map());
    }
    Change change =
        new Change(
            address,
            Action.CREATE,
            Risk.NONE,
            List.of("not on the host"),
            List.of(new FieldChange("size", null, Json.number(spec.size()))));
    return new ResourcePlan(
        change,
        List.of(StepDraft.of(PotCommands.createPrivateBridge(spec.name(), spec.size()))),
        List.of(),
        observed.map());
  }
}
