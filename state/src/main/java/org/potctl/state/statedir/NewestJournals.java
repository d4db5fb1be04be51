package org.potctl.state.statedir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.potctl.state.StateException;

/**
 * The journals of some apply ids, newest first, read in batches with one {@link
 * StateStore#readEach} each (one round trip to a remote state directory, where reading them one by
 * one cost one each). The batches double from one journal up to {@code batch}: most queries stop at
 * the newest journal or close to it, and a journal of a large apply is megabytes, so none is read
 * that is not needed; 50 journals take six batches. When a batch cannot be read whole, its journals
 * are read one by one, so one unreadable journal is that journal's problem only.
 */
final class NewestJournals implements Iterator<NewestJournals.Read> {

  /**
   * One journal as read.
   *
   * @param applyId its apply id
   * @param journal the journal, empty when it could not be read
   * @param problem why it could not be read, or null
   */
  record Read(String applyId, Optional<ApplyJournal> journal, StateException problem) {

    /**
     * Whether it exists but could not be read (unreadable, or malformed before its last line), as
     * opposed to read, or gone since the listing (pruned meanwhile).
     */
    boolean unreadable() {
      return journal.isEmpty() && !(problem instanceof Gone);
    }
  }

  /** A journal listed but gone when read: removed meanwhile (pruning), nothing to read. */
  static final class Gone extends StateException {
    private static final long serialVersionUID = 1L;

    Gone(String message) {
      super(message);
    }
  }

  private final StateStore store;
  private final List<String> newestFirst;
  private final int batch;
  private final Deque<Read> ready = new ArrayDeque<>();
  private int next;
  private int size = 1;

  /**
   * {@code ids} oldest first ({@link JournalReader#applyIds}); batches of at most {@code batch}.
   */
  NewestJournals(StateStore store, List<String> ids, int batch) {
    this.store = store;
    this.newestFirst = new ArrayList<>(ids).reversed();
    this.batch = Math.max(1, batch);
  }

  @Override
  public boolean hasNext() {
    return !ready.isEmpty() || next < newestFirst.size();
  }

  @Override
  public Read next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (ready.isEmpty()) {
      List<String> ids = newestFirst.subList(next, Math.min(newestFirst.size(), next + size));
      next += ids.size();
      size = Math.min(batch, size * 2);
      ready.addAll(read(ids));
    }
    return ready.removeFirst();
  }

  private List<Read> read(List<String> ids) {
    Map<String, String> contents;
    try {
      contents = store.readEach(ids.stream().map(NewestJournals::name).toList());
    } catch (StateException e) {
      return ids.stream().map(this::readOne).toList();
    }
    return ids.stream().map(id -> parse(id, Optional.ofNullable(contents.get(name(id))))).toList();
  }

  private Read readOne(String id) {
    try {
      return parse(id, store.read(name(id)));
    } catch (StateException e) {
      return new Read(id, Optional.empty(), e);
    }
  }

  private Read parse(String id, Optional<String> content) {
    String file = store.location() + "/" + name(id);
    if (content.isEmpty()) {
      return new Read(
          id,
          Optional.empty(),
          new Gone(
              "no journal for apply " + id + " in " + store.location() + "/" + JournalReader.DIR));
    }
    try {
      return new Read(id, Optional.of(JournalReader.parse(id, content.get(), file)), null);
    } catch (StateException e) {
      return new Read(id, Optional.empty(), e);
    }
  }

  static String name(String applyId) {
    return JournalReader.DIR + "/" + applyId + JournalReader.SUFFIX;
  }
}
