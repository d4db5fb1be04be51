package org.potctl.state.statedir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.potctl.state.StateException;

/**
 * Reads the journals in {@code STATE_DIR/journal/}: which applies ran, and which steps of the last
 * one started but never finished (for crash-recovery reporting), in the {@link StateStore} of the
 * host (local, or remote over SSH). Needs no lock.
 */
public final class JournalReader {

  static final String DIR = "journal";
  static final String SUFFIX = ".jsonl";

  private final StateStore store;

  /** The journals of {@code stateDir} on this machine. */
  public JournalReader(Path stateDir) {
    this(StateStore.local(stateDir));
  }

  /** The journals of the state directory {@code store} reaches. */
  public JournalReader(StateStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The apply ids with a journal, oldest first ({@link ApplyIds#OLDEST_FIRST}). */
  public List<String> applyIds() {
    return store.list(DIR).stream()
        .filter(n -> n.endsWith(SUFFIX))
        .map(n -> n.substring(0, n.length() - SUFFIX.length()))
        .filter(id -> Journal.APPLY_ID.matcher(id).matches())
        .sorted(ApplyIds.OLDEST_FIRST)
        .toList();
  }

  /** The journal of the most recent apply, if any. */
  public Optional<ApplyJournal> last() {
    List<String> ids = applyIds();
    return ids.isEmpty() ? Optional.empty() : Optional.of(read(ids.get(ids.size() - 1)));
  }

  /**
   * The applies of spec {@code specId} since its last one that succeeded, newest first: the ones
   * that were killed, stopped or failed, and so may have left objects half-done. Journals of other
   * spec ids (or naming none) and records of refused applies (no step ran) are passed over; at most
   * {@code limit} journals of applies that ran are read.
   *
   * @throws StateException a journal among them exists but cannot be read (malformed before its
   *     last line, unreadable): it could be one of this spec's that left an object half-done, so it
   *     is never taken for "none"; a journal gone since the listing (pruned) is passed over
   */
  public List<ApplyJournal> unsuccessfulSince(String specId, int limit) {
    List<ApplyJournal> found = new ArrayList<>();
    int read = 0;
    for (var it = newestFirst(limit); it.hasNext() && read < limit; ) {
      NewestJournals.Read r = it.next();
      if (r.unreadable()) {
        throw r.problem();
      }
      Optional<ApplyJournal> j = r.journal();
      if (j.isPresent() && j.get().refused()) {
        continue;
      }
      read++;
      if (j.isEmpty() || !j.get().specId().filter(specId::equals).isPresent()) {
        continue;
      }
      if (j.get().succeeded()) {
        break;
      }
      found.add(j.get());
    }
    return List.copyOf(found);
  }

  /**
   * The newest journal naming spec id {@code specId} (empty: journals naming none), among the
   * newest {@code limit} journals; journals that cannot be read are passed over.
   */
  public Optional<ApplyJournal> newestOf(Optional<String> specId, int limit) {
    return newest(limit, j -> j.specId().equals(specId));
  }

  /**
   * The newest journal of a host change ({@code adopt}, {@code forget}, …) that touched objects of
   * spec {@code specId} ({@link ApplyJournal#touchedSpecIds}), among the newest {@code limit}
   * journals; journals that cannot be read are passed over.
   */
  public Optional<ApplyJournal> lastHostChangeOf(String specId, int limit) {
    return newest(
        limit, j -> !j.refused() && j.specId().isEmpty() && j.touchedSpecIds().contains(specId));
  }

  /**
   * The refusals of spec {@code specId} since its last run ({@link Journal#refused}; a refusal
   * counted several times is one journal), newest first, among the newest {@code limit} journals: a
   * refusal before the spec's newest journal of a run (an apply that started, whatever became of
   * it) is over. Journals of other spec ids, and ones that cannot be read, are passed over.
   */
  public List<ApplyJournal> refusalsSinceLastRun(String specId, int limit) {
    List<ApplyJournal> found = new ArrayList<>();
    for (var it = window(limit); it.hasNext(); ) {
      Optional<ApplyJournal> j = it.next().journal();
      if (j.isEmpty() || !j.get().specId().filter(specId::equals).isPresent()) {
        continue;
      }
      if (!j.get().refused()) {
        break;
      }
      found.add(j.get());
    }
    return List.copyOf(found);
  }

  /** The first journal matching {@code wanted} among the newest {@code limit}, newest first. */
  private Optional<ApplyJournal> newest(int limit, Predicate<ApplyJournal> wanted) {
    for (var it = window(limit); it.hasNext(); ) {
      Optional<ApplyJournal> j = it.next().journal().filter(wanted);
      if (j.isPresent()) {
        return j;
      }
    }
    return Optional.empty();
  }

  /** The newest {@code limit} journals, newest first, in batches doubling up to {@code limit}. */
  private NewestJournals window(int limit) {
    List<String> ids = applyIds();
    return new NewestJournals(
        store, ids.subList(Math.max(0, ids.size() - limit), ids.size()), limit);
  }

  /** Every journal, newest first, in batches doubling up to {@code batch}. */
  private NewestJournals newestFirst(int batch) {
    return new NewestJournals(store, applyIds(), batch);
  }

  /**
   * The journal of {@code applyId}. A malformed last line is a torn write and left out; a malformed
   * line before the last is an error naming the file and line.
   */
  public ApplyJournal read(String applyId) {
    if (!Journal.APPLY_ID.matcher(applyId).matches()) {
      throw new IllegalArgumentException("not an apply id: " + applyId);
    }
    NewestJournals.Read r = new NewestJournals(store, List.of(applyId), 1).next();
    return r.journal().orElseThrow(r::problem);
  }

  /** The journal of {@code applyId} from its {@code content}, read from {@code file}. */
  static ApplyJournal parse(String applyId, String content, String file) {
    List<String> lines = content.lines().toList();
    List<JournalRecord> records = new ArrayList<>();
    boolean torn = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        records.add(JournalRecord.fromJsonLine(line));
      } catch (RuntimeException e) {
        if (i == lines.size() - 1) {
          torn = true;
        } else {
          throw new StateException(file + ":" + (i + 1) + ": malformed journal line", e);
        }
      }
    }
    return new ApplyJournal(applyId, records, torn);
  }
}
