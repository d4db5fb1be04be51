package org.potctl.controller;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.potctl.controller.plan.HostPlan;
import org.potctl.controller.plan.StepKind;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalReader;
import org.potctl.state.statedir.JournalRecord;
import org.potctl.state.statedir.StateStore;

/**
 * The inventory edits a killed host change left started and never ended: the last journal on the
 * host has no {@code apply_finished} line, no spec id (a host change) and a step 0 of kind {@link
 * StepKind#INVENTORY_RECORD} or {@link StepKind#INVENTORY_REMOVE} without its end. An edit is
 * idempotent, so running the same change again completes it; the next host change names what was
 * left, and whether its own plan redoes it.
 */
final class InterruptedEdits {

  private InterruptedEdits() {}

  /** One notice line per edit the last run left unfinished; none when it ended. */
  static List<String> notices(StateStore state, HostPlan plan) {
    Optional<ApplyJournal> last = new JournalReader(state).last();
    if (last.isEmpty() || last.get().finished() || last.get().specId().isPresent()) {
      return List.of();
    }
    ApplyJournal killed = last.get();
    String command =
        killed.records().stream()
            .filter(r -> r.event() == JournalRecord.Event.APPLY_STARTED)
            .findFirst()
            .flatMap(JournalRecord::message)
            .orElse("a host change");
    return killed.unfinishedSteps().stream()
        .filter(
            r -> r.kind().flatMap(StepKind::fromCode).filter(InterruptedEdits::edit).isPresent())
        .map(r -> notice(killed.applyId(), command, r, redone(plan, r)))
        .toList();
  }

  private static boolean edit(StepKind kind) {
    return kind == StepKind.INVENTORY_RECORD || kind == StepKind.INVENTORY_REMOVE;
  }

  /** Whether {@code plan} makes the same edit again. */
  private static boolean redone(HostPlan plan, JournalRecord started) {
    boolean add = started.kind().orElse("").equals(StepKind.INVENTORY_RECORD.code());
    return plan.inventory().stream()
        .anyMatch(e -> e.add() == add && address(e).equals(started.address().orElse("")));
  }

  /** The journal address of an edit, e.g. {@code bridge.back}. */
  static String address(HostPlan.InventoryEdit e) {
    return e.kind().name().toLowerCase(Locale.ROOT) + "." + e.name();
  }

  private static String notice(String applyId, String command, JournalRecord r, boolean redone) {
    return "Interrupted: '"
        + command
        + "' (apply "
        + applyId
        + ") stopped during its inventory edit "
        + r.kind().orElse("")
        + " "
        + r.address().orElse("")
        + " (started, never finished); "
        + (redone ? "this plan makes that edit again." : "run that command again to complete it.");
  }
}
