package org.potctl.controller.trash;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.potctl.state.statedir.JournalReader;
import org.potctl.state.statedir.StateStore;

/**
 * When the apply of an id ran, from the {@code apply_started} line of its journal. An apply id is
 * made with its plan, and an apply of a plan saved with {@code plan --out} keeps it (its trash
 * names are in the saved argv), so the id's timestamp can be days older than the apply.
 */
@FunctionalInterface
public interface ApplyTimes {

  /** No journals known: only the apply ids' timestamps count. */
  ApplyTimes NONE = id -> Optional.empty();

  /** When the apply {@code applyId} started, if its journal says. */
  Optional<Instant> started(String applyId);

  /**
   * The journals of the state directory {@code store} reaches; one that is gone (pruned) or cannot
   * be read says nothing.
   */
  static ApplyTimes of(StateStore store) {
    JournalReader journals = new JournalReader(store);
    Set<String> ids = new HashSet<>(journals.applyIds());
    return id -> {
      if (!ids.contains(id)) {
        return Optional.empty();
      }
      try {
        return journals.read(id).started();
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    };
  }
}
