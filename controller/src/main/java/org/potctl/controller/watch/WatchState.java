package org.potctl.controller.watch;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The watcher's memory: the current revision, the latest attempts, the history. Thread-safe. */
final class WatchState {

  static final int HISTORY = 20;

  private final String source;
  private final WatchOptions options;
  private final Deque<ReconcileRecord> history = new ArrayDeque<>();
  private boolean suspended;
  private Revision current;
  private Instant currentSince;
  private Revision attempted;
  private boolean retryAttempt;
  private ReconcileRecord last;
  private ReconcileRecord head;
  private String fetchError;
  private Instant fetchedAt;

  WatchState(String source, WatchOptions options) {
    this.source = source;
    this.options = options;
  }

  synchronized void fetched(Instant at) {
    fetchError = null;
    fetchedAt = at;
  }

  synchronized void fetchFailed(String error, Instant at) {
    fetchError = error;
    fetchedAt = at;
  }

  /** Whether {@code revision} must be reconciled as a new commit (new, or refused and retried). */
  synchronized boolean isNew(Revision revision) {
    return attempted == null || !attempted.id().equals(revision.id()) || retryAttempt;
  }

  synchronized void commitReconciled(
      Revision revision, ReconcileRecord record, boolean adopt, boolean retry) {
    attempted = revision;
    retryAttempt = retry;
    head = record;
    last = record;
    if (adopt) {
      if (current == null || !current.id().equals(revision.id())) {
        currentSince = record.at();
      }
      current = revision;
    }
    history.addFirst(record);
    while (history.size() > HISTORY) {
      history.removeLast();
    }
  }

  synchronized void driftChecked(ReconcileRecord record) {
    last = record;
  }

  synchronized Optional<Revision> current() {
    return Optional.ofNullable(current);
  }

  /** The revisions whose checkouts must stay: the current one and the latest attempt. */
  synchronized List<Revision> inUse() {
    List<Revision> keep = new ArrayList<>();
    if (current != null) {
      keep.add(current);
    }
    if (attempted != null) {
      keep.add(attempted);
    }
    return keep;
  }

  synchronized void suspended(boolean value) {
    suspended = value;
  }

  synchronized boolean suspended() {
    return suspended;
  }

  synchronized WatchStatus snapshot() {
    return new WatchStatus(
        source,
        options,
        suspended,
        Optional.ofNullable(current),
        Optional.ofNullable(currentSince),
        Optional.ofNullable(last),
        Optional.ofNullable(head),
        Optional.ofNullable(fetchError),
        Optional.ofNullable(fetchedAt),
        List.copyOf(history));
  }
}
