package org.potctl.controller;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.kind.StepDraft;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.StepKind;
import org.potctl.controller.trash.ApplyTimes;
import org.potctl.controller.trash.TrashEntry;
import org.potctl.controller.trash.TrashListing;
import org.potctl.state.host.Host;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.zfs.ZfsCommands;

/**
 * The plan of {@code gc}: {@code zfs destroy -r} of every trash entry trashed before {@code now -
 * olderThan} ({@link TrashEntry#time}: when its apply ran, by its journal, else its apply id's
 * timestamp). An entry of unknown age is kept, with a note.
 */
final class GcDraft {

  private GcDraft() {}

  static Drafted draft(Host host, HostState state, HostChange.Gc gc, Instant now, String id) {
    Instant cutoff = now.minus(gc.olderThan());
    List<TrashEntry> all = TrashEntry.list(state, ApplyTimes.of(host.state()));
    HostPlanBuilder b = new HostPlanBuilder("gc", host, state);
    for (TrashEntry e : all) {
      if (e.time().isEmpty()) {
        b.warning(
            "",
            "kept "
                + e.dataset()
                + ": its apply id '"
                + e.applyId()
                + "' has no timestamp, so its age is unknown");
      }
    }
    List<TrashEntry> old =
        all.stream().filter(e -> e.time().filter(t -> t.isBefore(cutoff)).isPresent()).toList();
    for (TrashEntry e : old) {
      Optional.ofNullable(state.datasets().get(e.dataset()))
          .flatMap(Dataset::owner)
          .ifPresent(b::touches);
      b.change(
          e.address(),
          Action.DELETE,
          Risk.DATA_LOSS,
          ChangeReason.TRASH_EXPIRED.because(
              "trash entry "
                  + e.dataset()
                  + " (trashed "
                  + TrashListing.when(e)
                  + ", "
                  + TrashListing.human(e.usedBytes())
                  + ") is older than "
                  + gc.olderThanText()
                  + ": destroyed for good"),
          List.of(HostPlanBuilder.field("trash", e.dataset(), null)),
          List.of(
              StepDraft.of(
                  StepKind.DESTROY_TRASHED,
                  ZfsCommands.destroyTrashed(state.config().zfsRoot(), e.dataset()))));
    }
    b.note(
        old.isEmpty()
            ? "Nothing in the trash is older than "
                + gc.olderThanText()
                + " ("
                + all.size()
                + " kept)."
            : old.size()
                + " of "
                + all.size()
                + " trash entries are older than "
                + gc.olderThanText()
                + ".");
    return new Drafted.Ready(b.build("", "", "", id));
  }
}
