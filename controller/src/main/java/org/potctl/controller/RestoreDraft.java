package org.potctl.controller;

import java.util.List;
import java.util.Optional;
import org.potctl.controller.kind.StepDraft;
import org.potctl.controller.ownership.Verdict;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.controller.trash.ApplyTimes;
import org.potctl.controller.trash.TrashEntry;
import org.potctl.controller.trash.TrashListing;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.exec.Command;
import org.potctl.state.host.Host;
import org.potctl.state.model.HostState;
import org.potctl.state.zfs.ZfsCommands;

/**
 * The plan of {@code restore}: the rename of the newest trash entry (or the one of an apply) back
 * to the dataset's name, then {@code zfs inherit -r mountpoint}. Never over an existing dataset.
 */
final class RestoreDraft {

  private RestoreDraft() {}

  static Drafted draft(Host host, HostState state, HostChange.Restore restore, String id) {
    ResourceAddress address = restore.address();
    String dataset = Verdict.dataset(state, address);
    if (state.datasets().containsKey(dataset)) {
      return refused(
          address
              + " exists on the host ("
              + dataset
              + "); restore never overwrites it: rename or delete it first");
    }
    List<TrashEntry> entries = TrashEntry.of(state, address, ApplyTimes.of(host.state()));
    Optional<TrashEntry> pick =
        entries.stream()
            .filter(e -> restore.applyId().map(e.applyId()::equals).orElse(true))
            .findFirst();
    if (pick.isEmpty()) {
      return new Drafted.Stop(new ChangeOutcome.Failed(missing(restore, entries)));
    }
    TrashEntry entry = pick.get();
    HostPlanBuilder b = new HostPlanBuilder("restore", host, state);
    b.change(
        address,
        Action.CREATE,
        Risk.NONE,
        ChangeReason.RESTORED.because(
            "restored from the trash entry of apply "
                + entry.applyId()
                + " ("
                + entry.dataset()
                + ")"),
        List.of(HostPlanBuilder.field("dataset", null, dataset)),
        restore(ZfsCommands.restoreFromTrash(state.config().zfsRoot(), entry.dataset(), dataset)));
    Optional<String> stamped =
        Optional.ofNullable(state.datasets().get(entry.dataset())).flatMap(d -> d.owner());
    stamped.ifPresent(b::touches);
    stamped.ifPresent(
        owner ->
            b.warning(
                address.toString(),
                "it still carries potctl:owner="
                    + owner
                    + ": declare it in that spec again (or 'potctl forget' it), or its next"
                    + " apply moves it back to the trash"));
    return new Drafted.Ready(b.build("", "", "", id));
  }

  private static List<String> missing(HostChange.Restore restore, List<TrashEntry> entries) {
    String head =
        "no trash entry for "
            + restore.address()
            + restore.applyId().map(a -> " from apply " + a).orElse("")
            + (entries.isEmpty()
                ? "; the trash holds nothing for it (see potctl restore --list)"
                : "; the trash holds:");
    if (entries.isEmpty()) {
      return List.of(head);
    }
    List<String> lines = new java.util.ArrayList<>(List.of(head));
    TrashListing.text(entries, "").lines().forEach(l -> lines.add(" " + l));
    return lines;
  }

  private static Drafted refused(String reason) {
    return new Drafted.Stop(new ChangeOutcome.Refused(List.of(reason), Optional.empty()));
  }

  /** The rename out of the trash, then the mountpoint inherited again. */
  private static List<StepDraft> restore(List<Command> commands) {
    return List.of(
        StepDraft.of(StepKind.RESTORE_RENAME, commands.get(0)),
        StepDraft.of(StepKind.RESTORE_MOUNT, commands.get(1)));
  }
}
