package org.potctl.controller.watch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of the watcher, as served by {@code /status}.
 *
 * @param source what is followed
 * @param options how the watcher runs
 * @param suspended whether reconciles are suspended
 * @param current the revision the host is held at (the last good commit), if any
 * @param currentSince when {@code current} was first reconciled
 * @param last the latest reconcile of any type
 * @param head the latest reconcile of a new commit (shows a rejected commit's errors)
 * @param fetchError the error of the latest fetch, empty when it succeeded
 * @param fetchedAt when the latest fetch ended
 * @param history the latest commit reconciles, newest first
 */
public record WatchStatus(
    String source,
    WatchOptions options,
    boolean suspended,
    Optional<Revision> current,
    Optional<Instant> currentSince,
    Optional<ReconcileRecord> last,
    Optional<ReconcileRecord> head,
    Optional<String> fetchError,
    Optional<Instant> fetchedAt,
    List<ReconcileRecord> history) {

  /** Copies the history. */
  public WatchStatus {
    history = List.copyOf(history);
  }
}
