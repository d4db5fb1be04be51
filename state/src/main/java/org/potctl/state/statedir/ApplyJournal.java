package org.potctl.state.statedir;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One apply's journal as read back.
 *
 * @param applyId the apply's id
 * @param records its lines in order; a torn last line (the process died mid-write) is left out
 * @param tornTail whether such a torn last line was found
 */
public record ApplyJournal(String applyId, List<JournalRecord> records, boolean tornTail) {

  public ApplyJournal {
    records = List.copyOf(records);
  }

  /** When the apply started, from its {@code apply_started} line. */
  public Optional<Instant> started() {
    return first(JournalRecord.Event.APPLY_STARTED).map(JournalRecord::time);
  }

  /** The spec id its {@code apply_started} (or {@code apply_refused}) line names, if any. */
  public Optional<String> specId() {
    return first(JournalRecord.Event.APPLY_STARTED)
        .or(() -> first(JournalRecord.Event.APPLY_REFUSED))
        .flatMap(JournalRecord::specId);
  }

  /**
   * The spec ids whose objects a host change touched, from its {@code apply_started} line ({@code
   * spec_ids}); empty for an apply of a spec and for journals written before they were recorded.
   */
  public List<String> touchedSpecIds() {
    return first(JournalRecord.Event.APPLY_STARTED).map(JournalRecord::specIds).orElse(List.of());
  }

  /**
   * Whether this is the record of a refused apply ({@link Journal#refused}): no step ran, nothing
   * is half-done.
   */
  public boolean refused() {
    return first(JournalRecord.Event.APPLY_REFUSED).isPresent();
  }

  /** The reasons of a refused apply (its command line first), empty for any other journal. */
  public List<String> refusal() {
    return first(JournalRecord.Event.APPLY_REFUSED)
        .flatMap(JournalRecord::message)
        .map(m -> List.of(m.split("\n", -1)))
        .orElse(List.of());
  }

  /**
   * How many times the refusal of a refused apply happened (repeats of the same refusal are counted
   * in its journal); 0 for any other journal.
   */
  public int refusals() {
    return first(JournalRecord.Event.APPLY_REFUSED).map(r -> r.count().orElse(1)).orElse(0);
  }

  /** When the refusal of a refused apply last happened; empty for any other journal. */
  public Optional<Instant> lastRefused() {
    return first(JournalRecord.Event.APPLY_REFUSED).map(r -> r.lastTime().orElse(r.time()));
  }

  /** Whether the apply finished with the outcome {@code succeeded}. */
  public boolean succeeded() {
    return outcome().filter("succeeded"::equals).isPresent();
  }

  /**
   * The {@code step_started} records of every step it started, in start order, whatever became of
   * them.
   */
  public List<JournalRecord> startedSteps() {
    return records.stream().filter(r -> r.event() == JournalRecord.Event.STEP_STARTED).toList();
  }

  /** Whether step {@code step} finished successfully. */
  public boolean stepFinished(int step) {
    return records.stream()
        .anyMatch(
            r ->
                r.event() == JournalRecord.Event.STEP_FINISHED
                    && r.step().isPresent()
                    && r.step().getAsInt() == step);
  }

  /**
   * The outcome of its {@code apply_finished} line, {@code refused} for a refused apply; empty if
   * it never finished (killed).
   */
  public Optional<String> outcome() {
    if (refused()) {
      return Optional.of("refused");
    }
    return first(JournalRecord.Event.APPLY_FINISHED).map(r -> r.message().orElse(""));
  }

  /** Whether the apply wrote its {@code apply_finished} line, or was refused (never started). */
  public boolean finished() {
    return refused() || first(JournalRecord.Event.APPLY_FINISHED).isPresent();
  }

  /**
   * The {@code step_started} records of steps that never finished, failed or were skipped: what was
   * running when the process died (half-done steps), in start order.
   */
  public List<JournalRecord> unfinishedSteps() {
    Map<Integer, JournalRecord> open = new LinkedHashMap<>();
    for (JournalRecord r : records) {
      if (r.step().isEmpty()) {
        continue;
      }
      int step = r.step().getAsInt();
      if (r.event() == JournalRecord.Event.STEP_STARTED) {
        open.put(step, r);
      } else {
        open.remove(step);
      }
    }
    return List.copyOf(open.values());
  }

  private Optional<JournalRecord> first(JournalRecord.Event event) {
    return records.stream().filter(r -> r.event() == event).findFirst();
  }
}
