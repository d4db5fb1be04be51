package org.potctl.controller.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one reconcile of one revision did, kept for {@code /status} and logged.
 *
 * @param type {@code commit} for a new revision, {@code drift} for the periodic re-check
 * @param commit the revision id
 * @param subject the commit subject, or empty
 * @param commitTime the commit time, when known
 * @param at when the reconcile finished
 * @param result how it ended
 * @param applied whether anything was applied
 * @param summary planned changes per action
 * @param drift addresses that differed from the spec
 * @param diagnostics problems, with files relative to the checkout
 * @param message a one-line explanation, or empty
 * @param took how long it took
 */
public record ReconcileRecord(
    String type,
    String commit,
    String subject,
    Optional<Instant> commitTime,
    Instant at,
    ReconcileResult result,
    boolean applied,
    Map<String, Integer> summary,
    List<String> drift,
    List<Finding> diagnostics,
    String message,
    Duration took) {

  /** Copies the collections. */
  public ReconcileRecord {
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    drift = List.copyOf(drift);
    diagnostics = List.copyOf(diagnostics);
  }

  static ReconcileRecord of(
      String type, Revision revision, ReconcileOutcome outcome, Instant at, Duration took) {
    return new ReconcileRecord(
        type,
        revision.id(),
        revision.subject(),
        revision.time(),
        at,
        outcome.result(),
        outcome.applied(),
        outcome.summary(),
        outcome.drift(),
        outcome.diagnostics().stream().map(d -> Finding.of(d, revision.root())).toList(),
        outcome.message(),
        took);
  }
}
