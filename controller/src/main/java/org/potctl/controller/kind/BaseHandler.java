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
import org.potctl.state.model.Base;
import org.potctl.state.pot.PotCommands;

/** Bases are implicit: a multi pot needing a release the host lacks plans {@code create-base}. */
final class BaseHandler implements Handler {

  @Override
  public ResourcePlan plan(PlanContext ctx, ResourceAddress address) {
    Optional<Base> base = Optional.ofNullable(ctx.host().bases().get(address.name()));
    Observed observed = new Observed().put(address.toString(), base.map(Base::fingerprint));
    if (base.isPresent()) {
      return ResourcePlan.noop(address, List.of(), observed);
    }
    Change change =
        new Change(
            address,
            Action.CREATE,
            Risk.NONE,
            List.of(
                ChangeReason.BASE_MISSING.because(
                    "a multi pot is layered on it and the host has no such base")),
            List.of(new FieldChange("release", null, Json.text(address.name()))));
    return new ResourcePlan(
        change,
        List.of(StepDraft.of(StepKind.CREATE_BASE, PotCommands.createBase(address.name()))),
        List.of(),
        observed.map());
  }
}
