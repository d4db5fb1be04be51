package org.potctl.state.statedir;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The journals of refused applies ({@link Journal#refused}): a journal of one {@code apply_refused}
 * line with the refusal's reasons (one per line) and the spec id, so a refusal is on record and
 * never looks like a killed apply ({@code apply_started} without {@code apply_finished}). When the
 * newest journal of that spec id (among the newest {@value #LOOKED_AT}) records the same refusal
 * (same command line and reasons: for a held lock the same holder), that line is counted once more
 * ({@code count}, {@code last_time}; the file is replaced whole) instead, so a watcher refused
 * every cycle by one holder leaves one journal. Otherwise a journal of its own, under a fresh id
 * (also when another apply holds the lock: a refusal's journal is never appended to).
 *
 * <p>The count is read and written under a count lock of that journal: the file {@code
 * journal/ID.counting}, created exclusively (O_EXCL: one process wins) and removed after. A refusal
 * that finds it held (another process counting in that journal at the same moment, or one killed
 * while counting) writes a journal of its own instead, so two refusals at once never count as one.
 * No refusal waits.
 */
final class RefusalJournal {

  /** How many of the newest journals {@link #record} looks at for the same refusal. */
  static final int LOOKED_AT = 20;

  /** The name ending of a journal's count lock. */
  static final String COUNTING = ".counting";

  private RefusalJournal() {}

  /**
   * Records the refusal of {@code command} (the command line) for {@code reasons}.
   *
   * @return the apply id of the journal written or counted in
   */
  static String record(
      StateStore store,
      String command,
      Optional<String> specId,
      List<String> reasons,
      InstantSource clock) {
    String message = command + "\n" + String.join("\n", reasons);
    Instant now = clock.instant();
    Optional<String> counted =
        sameRefusal(store, specId, message).flatMap(id -> countedIn(store, id, message, now));
    if (counted.isPresent()) {
      return counted.get();
    }
    String applyId = ApplyIds.newId(now);
    JournalRecord line =
        new JournalRecord(
            JournalRecord.Event.APPLY_REFUSED,
            now,
            OptionalInt.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.of(message),
            specId,
            Optional.empty());
    try (StateStore.Appender appender = store.create(name(applyId))) {
      appender.append(line.toJsonLine());
    }
    return applyId;
  }

  /** The name of the journal file of {@code applyId}'s count lock. */
  static String countLock(String applyId) {
    return JournalReader.DIR + "/" + applyId + COUNTING;
  }

  private static Optional<String> sameRefusal(
      StateStore store, Optional<String> specId, String message) {
    try {
      return new JournalReader(store)
          .newestOf(specId, LOOKED_AT)
          .filter(j -> same(j, message))
          .map(ApplyJournal::applyId);
    } catch (RuntimeException e) {
      // the journals cannot be listed or read: the refusal gets a journal of its own
      return Optional.empty();
    }
  }

  private static boolean same(ApplyJournal j, String message) {
    return j.records().size() == 1
        && j.refused()
        && j.records().get(0).message().equals(Optional.of(message));
  }

  /**
   * Counts the refusal once more in the journal of {@code applyId}, read again under its count
   * lock; empty when the lock is held or the journal no longer records that refusal.
   */
  private static Optional<String> countedIn(
      StateStore store, String applyId, String message, Instant now) {
    StateStore.Appender lock;
    try {
      lock = store.create(countLock(applyId));
    } catch (RuntimeException held) {
      return Optional.empty();
    }
    try (lock) {
      ApplyJournal j = new JournalReader(store).read(applyId);
      if (!same(j, message)) {
        return Optional.empty();
      }
      store.replace(name(applyId), j.records().get(0).repeatedAt(now).toJsonLine() + "\n");
      return Optional.of(applyId);
    } catch (RuntimeException e) {
      return Optional.empty(); // pruned or unreadable meanwhile: a journal of its own
    } finally {
      store.delete(List.of(countLock(applyId)));
    }
  }

  private static String name(String applyId) {
    return JournalReader.DIR + "/" + applyId + JournalReader.SUFFIX;
  }
}
