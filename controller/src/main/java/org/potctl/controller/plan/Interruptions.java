package org.potctl.controller.plan;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalRecord;

/**
 * What earlier applies of this spec left half-done, read from their journals (DESIGN §3.5): the
 * addresses whose dataset potctl itself began to create (a step whose {@link
 * StepKind#createsDataset kind creates the dataset}) and the datasets whose move into the trash
 * began ({@link StepKind#TRASH_UNMOUNT} started, {@link StepKind#TRASH_RENAME} not finished). Only
 * with such evidence does the planner take an unstamped dataset for its own and repair it; without
 * it an unstamped dataset is never touched.
 *
 * @param creates by address: the newest unsuccessful apply that started creating its dataset
 * @param trashMoves by address: the newest unsuccessful apply that started moving its dataset into
 *     the trash and did not finish the rename
 */
public record Interruptions(
    Map<String, Interruption> creates, Map<String, Interruption> trashMoves) {

  /** No evidence: a fresh host, or the last apply of the spec succeeded. */
  public static final Interruptions NONE = new Interruptions(Map.of(), Map.of());

  /**
   * One interrupted step.
   *
   * @param applyId the apply that ran it
   * @param finished whether the step itself finished (the apply stopped later)
   */
  public record Interruption(String applyId, boolean finished) {

    public Interruption {
      Objects.requireNonNull(applyId, "applyId");
    }
  }

  public Interruptions {
    creates = Map.copyOf(creates);
    trashMoves = Map.copyOf(trashMoves);
  }

  /** The evidence that potctl began to create the dataset of {@code address}. */
  public Optional<Interruption> created(String address) {
    return Optional.ofNullable(creates.get(address));
  }

  /** The evidence that a move of {@code address}'s dataset into the trash stopped halfway. */
  public Optional<Interruption> trashMove(String address) {
    return Optional.ofNullable(trashMoves.get(address));
  }

  /**
   * The evidence in {@code journals}: the unsuccessful applies of one spec, newest first ({@link
   * org.potctl.state.statedir.JournalReader#unsuccessfulSince}).
   */
  public static Interruptions from(List<ApplyJournal> journals) {
    Map<String, Interruption> creates = new LinkedHashMap<>();
    Map<String, Interruption> trash = new LinkedHashMap<>();
    for (ApplyJournal j : journals) {
      Map<String, Interruption> unmounted = new LinkedHashMap<>();
      Set<String> renamed = new HashSet<>();
      for (JournalRecord r : j.startedSteps()) {
        Optional<StepKind> kind = kind(r);
        if (r.address().isEmpty() || r.step().isEmpty() || kind.isEmpty()) {
          continue;
        }
        String address = r.address().get();
        boolean finished = j.stepFinished(r.step().getAsInt());
        if (kind.get().createsDataset()) {
          creates.putIfAbsent(address, new Interruption(j.applyId(), finished));
        } else if (kind.get() == StepKind.TRASH_UNMOUNT) {
          unmounted.put(address, new Interruption(j.applyId(), finished));
        } else if (kind.get() == StepKind.TRASH_RENAME && finished) {
          renamed.add(address);
        }
      }
      unmounted.forEach(
          (address, i) -> {
            if (!renamed.contains(address)) {
              trash.putIfAbsent(address, i);
            }
          });
    }
    return new Interruptions(creates, trash);
  }

  /**
   * The kind of a started step: its {@code kind} code; for a line of a journal written before steps
   * had kinds, the kind its argv had then ({@link LegacyJournalKinds}, the only reading of argv).
   */
  private static Optional<StepKind> kind(JournalRecord r) {
    return r.kind().isPresent()
        ? r.kind().flatMap(StepKind::fromCode)
        : LegacyJournalKinds.of(r.argv());
  }
}
