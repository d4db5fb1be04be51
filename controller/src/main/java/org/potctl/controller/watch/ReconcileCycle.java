package org.potctl.controller.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.potctl.schema.diag.Diagnostic;

/**
 * One watcher cycle: fetch; reconcile a new commit, or re-check the current one for drift. The
 * safety rules live here: a failed fetch, a spec without Potfiles or an invalid spec never replaces
 * the current revision, and the reconciler is never called without Potfiles.
 */
final class ReconcileCycle {

  private static final int LOGGED_DIAGNOSTICS = 20;

  private final Source source;
  private final Reconciler reconciler;
  private final WatchOptions options;
  private final WatchState state;
  private final WatchMetrics metrics;
  private final WatchLog log;
  private final Clock clock;

  ReconcileCycle(
      Source source,
      Reconciler reconciler,
      WatchOptions options,
      WatchState state,
      WatchMetrics metrics,
      WatchLog log,
      Clock clock) {
    this.source = source;
    this.reconciler = reconciler;
    this.options = options;
    this.state = state;
    this.metrics = metrics;
    this.log = log;
    this.clock = clock;
  }

  void run(String trigger) {
    Revision head;
    try {
      head = source.fetch();
      metrics.fetched(true);
      state.fetched(clock.instant());
    } catch (SourceException e) {
      fetchFailed(trigger, e.getMessage());
      return;
    } catch (RuntimeException e) {
      // a source bug (an unchecked JGit exception) is still a failed fetch: counted and shown
      fetchFailed(trigger, "internal error: " + e.getMessage());
      return;
    }
    if (state.isNew(head)) {
      reconcileCommit(head, trigger);
    } else {
      checkDrift();
    }
    source.retainOnly(state.inUse());
  }

  private void fetchFailed(String trigger, String message) {
    metrics.fetched(false);
    state.fetchFailed(message, clock.instant());
    log.error("fetch-failed", "trigger", trigger, "error", message, "deleted", "nothing");
    checkDrift();
  }

  private void reconcileCommit(Revision revision, String trigger) {
    log.info(
        "commit", "commit", revision.shortId(), "subject", revision.subject(), "trigger", trigger);
    ReconcileOutcome outcome;
    Duration took;
    boolean guarded = !SpecFilesScan.hasPotfiles(revision.specDir());
    if (!revision.problems().isEmpty()) {
      outcome = ReconcileOutcome.of(ReconcileResult.INVALID, revision.problems(), "invalid spec");
      took = Duration.ZERO;
    } else if (guarded) {
      outcome = emptySpec(revision);
      took = Duration.ZERO;
    } else {
      Instant start = clock.instant();
      outcome = call(revision.specDir(), options.planOnly());
      took = Duration.between(start, clock.instant());
    }
    ReconcileRecord record = record("commit", revision, outcome, took);
    ReconcileResult result = outcome.result();
    boolean adopt = result == ReconcileResult.OK || result == ReconcileResult.FAILED;
    boolean retry = !guarded && result == ReconcileResult.REFUSED;
    state.commitReconciled(revision, record, adopt, retry);
    metrics.headRejected(!adopt);
    if (!adopt) {
      log.warn(
          "commit-rejected",
          "commit",
          revision.shortId(),
          "result",
          result.label(),
          "kept",
          state.current().map(Revision::shortId).orElse("none"));
    }
  }

  private void checkDrift() {
    if (state.current().isEmpty()) {
      return;
    }
    Revision current = state.current().get();
    if (!SpecFilesScan.hasPotfiles(current.specDir())) {
      log.error("drift-check-skipped", "commit", current.shortId(), "error", "checkout is gone");
      return;
    }
    boolean heal = !options.planOnly() && options.drift() == DriftMode.HEAL;
    Instant start = clock.instant();
    // a lock-free plan first: a converged host costs no lock, no journal; only drift is applied
    ReconcileOutcome outcome = call(current.specDir(), true);
    if (heal && outcome.result() == ReconcileResult.OK && !outcome.drift().isEmpty()) {
      outcome = call(current.specDir(), false);
    }
    ReconcileRecord record =
        record("drift", current, outcome, Duration.between(start, clock.instant()));
    state.driftChecked(record);
    if (!outcome.drift().isEmpty()) {
      log.warn(
          "drift",
          "commit",
          current.shortId(),
          "resources",
          String.join(",", outcome.drift()),
          "action",
          !outcome.applied()
              ? "reported"
              : outcome.result() == ReconcileResult.OK ? "healed" : "heal-failed");
    }
  }

  private ReconcileOutcome call(Path specDir, boolean planOnly) {
    try {
      return reconciler.reconcile(specDir, options.specId(), planOnly);
    } catch (RuntimeException e) {
      return ReconcileOutcome.of(
          ReconcileResult.FAILED,
          List.of(),
          "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private ReconcileOutcome emptySpec(Revision revision) {
    String where = revision.root().relativize(revision.specDir()).toString();
    String message =
        "no Potfiles in "
            + (where.isEmpty() ? "the repository root" : where)
            + ": an empty spec is never applied, nothing was deleted";
    return ReconcileOutcome.of(
        ReconcileResult.REFUSED, List.of(Diagnostic.error("", message)), "empty spec");
  }

  private ReconcileRecord record(
      String type, Revision revision, ReconcileOutcome outcome, Duration took) {
    Instant at = clock.instant();
    ReconcileRecord record = ReconcileRecord.of(type, revision, outcome, at, took);
    metrics.reconciled(type, outcome, took, at);
    log.info(
        "reconciled",
        "type",
        type,
        "commit",
        revision.shortId(),
        "result",
        outcome.result().label(),
        "applied",
        outcome.applied(),
        "summary",
        summary(outcome),
        type.equals("drift") ? "drift" : "changes",
        outcome.drift().size(),
        "took_ms",
        took.toMillis(),
        "message",
        outcome.message());
    record.diagnostics().stream()
        .limit(LOGGED_DIAGNOSTICS)
        .forEach(
            f ->
                log.warn(
                    "diagnostic",
                    "commit",
                    revision.shortId(),
                    "at",
                    f.where(),
                    "text",
                    f.toString()));
    return record;
  }

  private static String summary(ReconcileOutcome outcome) {
    StringBuilder b = new StringBuilder();
    outcome
        .summary()
        .forEach((k, v) -> b.append(b.isEmpty() ? "" : ",").append(k).append(':').append(v));
    return b.toString();
  }
}
