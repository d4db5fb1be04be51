package org.potctl.state.statedir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.potctl.state.StateException;

/**
 * How many journals a state directory keeps (docs/safety.md, "Journal retention"): per spec id, the
 * newest {@code kept} finished journals of applies that ran and, apart from them, the newest {@code
 * kept} refusals; journals naming no spec id (host changes) count as one more spec id. Never
 * pruned: an unfinished journal (a killed apply whose half-done steps the next plan repairs), one
 * that cannot be read, the newest journal of all, and the one just written. Call it only under the
 * host lock, after the new journal was written.
 */
public final class JournalRetention {

  /** The journals kept per spec id when {@code journals-kept} is not configured. */
  public static final int DEFAULT_KEPT = 50;

  private JournalRetention() {}

  /**
   * What a prune removed.
   *
   * @param applyIds the apply ids whose journals were deleted, oldest first
   */
  public record Pruned(List<String> applyIds) {

    public Pruned {
      applyIds = List.copyOf(applyIds);
    }
  }

  /**
   * Deletes the journals of {@code store} beyond {@code kept} per spec id, sparing {@code written}
   * (the journal just written, whose id may sort before newer ones, e.g. a saved plan's).
   *
   * @throws IllegalArgumentException when {@code kept} is below 1
   * @throws StateException or {@link java.io.UncheckedIOException} when the journals cannot be
   *     listed or deleted
   */
  public static Pruned prune(StateStore store, int kept, String written) {
    if (kept < 1) {
      throw new IllegalArgumentException("journals kept must be at least 1, got " + kept);
    }
    if (store.list(JournalReader.DIR).size() <= kept) {
      return new Pruned(List.of()); // no spec id can have more
    }
    SortedMap<String, String> files = store.readAll(JournalReader.DIR);
    List<String> ids =
        files.keySet().stream()
            .filter(n -> n.endsWith(JournalReader.SUFFIX))
            .map(n -> n.substring(0, n.length() - JournalReader.SUFFIX.length()))
            .filter(id -> Journal.APPLY_ID.matcher(id).matches())
            .sorted(ApplyIds.OLDEST_FIRST.reversed())
            .toList();
    Map<Group, Integer> counted = new HashMap<>();
    List<String> doomed = new ArrayList<>();
    for (String id : ids) {
      String name = id + JournalReader.SUFFIX;
      ApplyJournal journal;
      try {
        journal = JournalReader.parse(id, files.get(name), store.location() + "/" + name);
      } catch (StateException e) {
        continue; // unreadable: kept, for whoever looks into it
      }
      if (!journal.finished()) {
        continue;
      }
      Group group = new Group(journal.specId().orElse(""), journal.refused());
      int n = counted.merge(group, 1, Integer::sum);
      if (n > kept && !id.equals(ids.get(0)) && !id.equals(written)) {
        doomed.add(id);
      }
    }
    doomed.sort(ApplyIds.OLDEST_FIRST);
    List<String> names = new ArrayList<>();
    for (String id : doomed) {
      names.add(name(id));
      names.add(RefusalJournal.countLock(id)); // left by a refusal killed while counting
    }
    store.delete(names);
    return new Pruned(doomed);
  }

  private static String name(String applyId) {
    return JournalReader.DIR + "/" + applyId + JournalReader.SUFFIX;
  }

  /** The journals counted together: one spec id's runs, or its refusals. */
  private record Group(String specId, boolean refused) {}
}
