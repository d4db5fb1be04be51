package org.potctl.controller;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.potctl.controller.plan.HostPlan;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalReader;
import org.potctl.state.statedir.JournalRecord;
import org.potctl.state.statedir.StateStore;

/**
 * The inventory edits a killed host change left started and never ended: a journal of a host change
 * (no spec id of its own) without its {@code apply_finished} line and with a step 0 of kind {@link
 * StepKind#INVENTORY_RECORD} or {@link StepKind#INVENTORY_REMOVE} without its end. An edit is
 * idempotent, so running the same change again completes it. The next host change names what the
 * last journal on the host left, and whether its own plan redoes it ({@link #notices}); the plans
 * of the specs whose objects it touched ({@code spec_ids}) warn of it until a later host change of
 * their objects finishes ({@link #ofSpec}).
 */
final class InterruptedEdits {

  /** The diagnostic path of the warning of {@link #ofSpec}. */
  static final String PATH = "journal.interrupted";

  private InterruptedEdits() {}

  /** One notice line per edit the last run left unfinished; none when it ended. */
  static List<String> notices(StateStore state, HostPlan plan) {
    Optional<ApplyJournal> last = new JournalReader(state).last();
    if (last.isEmpty() || last.get().specId().isPresent()) {
      return List.of();
    }
    return open(last.get()).stream().map(r -> notice(last.get(), r, redone(plan, r))).toList();
  }

  /**
   * A warning per inventory edit that the last host change touching objects of spec {@code specId}
   * (among the newest {@code limit} journals) left unfinished; none when it ended.
   */
  static List<Diagnostic> ofSpec(StateStore state, String specId, int limit) {
    Optional<ApplyJournal> last = new JournalReader(state).lastHostChangeOf(specId, limit);
    if (last.isEmpty()) {
      return List.of();
    }
    return open(last.get()).stream()
        .map(r -> Diagnostic.warning(PATH, notice(last.get(), r, false)))
        .toList();
  }

  /** The inventory edits {@code j} started and never ended; none when it finished. */
  private static List<JournalRecord> open(ApplyJournal j) {
    if (j.finished()) {
      return List.of();
    }
    return j.unfinishedSteps().stream()
        .filter(
            r -> r.kind().flatMap(StepKind::fromCode).filter(InterruptedEdits::edit).isPresent())
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

  private static String notice(ApplyJournal killed, JournalRecord r, boolean redone) {
    String command =
        killed.records().stream()
            .filter(e -> e.event() == JournalRecord.Event.APPLY_STARTED)
            .findFirst()
            .flatMap(JournalRecord::message)
            .orElse("a host change");
    return "Interrupted: '"
        + command
        + "' (apply "
        + killed.applyId()
        + ") stopped during its inventory edit "
        + r.kind().orElse("")
        + " "
        + r.address().orElse("")
        + " (started, never finished); "
        + (redone ? "this plan makes that edit again." : "run that command again to complete it.");
  }
}
