package org.potctl.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.kind.StepDraft;
import org.potctl.controller.ownership.Verdict;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.HostPlan;
import org.potctl.controller.plan.InventoryAddresses;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.exec.Command;
import org.potctl.state.host.Host;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.InventorySnapshot;
import org.potctl.state.zfs.ZfsCommands;

/**
 * The plan of {@code forget}: {@code zfs inherit} of the stamps on a dataset, removal of the
 * inventory record of a bridge or flavour. Another spec's object refuses the lot.
 */
final class ForgetDraft {

  private ForgetDraft() {}

  static Drafted draft(
      Host host, HostState state, InventorySnapshot recorded, HostChange.Forget forget, String id) {
    String specId = forget.specId();
    List<String> refusals = new ArrayList<>();
    for (ResourceAddress a : forget.addresses()) {
      owner(state, recorded, a)
          .filter(o -> !o.equals(specId))
          .ifPresent(
              o ->
                  refusals.add(
                      a + " belongs to spec '" + o + "', not '" + specId + "'; left alone"));
    }
    if (!refusals.isEmpty()) {
      return new Drafted.Stop(new ChangeOutcome.Refused(refusals, Optional.empty()));
    }
    HostPlanBuilder b = new HostPlanBuilder("forget", host, state);
    String reason = "forgotten by spec '" + specId + "'; nothing is deleted";
    for (ResourceAddress a : forget.addresses()) {
      if (owner(state, recorded, a).isEmpty()) {
        b.note(
            a
                + ": "
                + (exists(state, a) ? "not managed by any spec" : "not on the host")
                + "; nothing to forget");
      } else if (Verdict.isDataset(a)) {
        b.change(
            a,
            Action.UPDATE,
            Risk.NONE,
            ChangeReason.FORGOTTEN.because(reason),
            List.of(HostPlanBuilder.field(ZfsCommands.OWNER, specId, null)),
            StepDraft.each(
                StepKind.UNSTAMP, unstamp(state.datasets().get(Verdict.dataset(state, a)))));
      } else {
        b.change(
                a,
                Action.UPDATE,
                Risk.NONE,
                ChangeReason.FORGOTTEN.because(
                    reason + " (its record leaves the host's inventory)"),
                List.of(HostPlanBuilder.field("inventory", specId, null)),
                List.of())
            .inventory(
                new HostPlan.InventoryEdit(false, specId, InventoryAddresses.kind(a), a.name()));
      }
    }
    return new Drafted.Ready(b.build("", specId, "", id));
  }

  private static Optional<String> owner(
      HostState host, InventorySnapshot recorded, ResourceAddress a) {
    if (!Verdict.isDataset(a)) {
      return recorded.owner(InventoryAddresses.kind(a), a.name());
    }
    return Optional.ofNullable(host.datasets().get(Verdict.dataset(host, a)))
        .flatMap(Dataset::owner);
  }

  private static boolean exists(HostState host, ResourceAddress a) {
    return switch (a.kind()) {
      case BRIDGE -> host.bridges().containsKey(a.name());
      case FLAVOUR -> host.flavours().containsKey(a.name());
      default -> host.datasets().containsKey(Verdict.dataset(host, a));
    };
  }

  private static List<Command> unstamp(Dataset d) {
    List<Command> commands = new ArrayList<>();
    commands.add(ZfsCommands.removeOwner(d.name()));
    if (d.applyId().isPresent()) {
      commands.add(ZfsCommands.inheritProperty(d.name(), ZfsCommands.APPLY));
    }
    if (d.property(ZfsCommands.PROTECT).isPresent()) {
      commands.add(ZfsCommands.removeProtect(d.name()));
    }
    return commands;
  }
}
