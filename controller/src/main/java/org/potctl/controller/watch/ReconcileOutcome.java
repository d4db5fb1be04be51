package org.potctl.controller.watch;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;

/**
 * What one reconcile did.
 *
 * @param result how it ended
 * @param summary planned changes per action ({@code create}, {@code update}, {@code replace},
 *     {@code delete}, {@code noop}, …), in the order given
 * @param drift addresses whose observed state differed from the spec before this reconcile (e.g.
 *     {@code pot.web}), sorted
 * @param diagnostics spec problems (with file:line:col) and other errors
 * @param steps the steps applied, empty when only planned
 * @param applyDuration how long applying took, empty when nothing was applied
 * @param message a one-line explanation, empty when there is nothing to add
 */
public record ReconcileOutcome(
    ReconcileResult result,
    Map<String, Integer> summary,
    List<String> drift,
    List<Diagnostic> diagnostics,
    List<StepRecord> steps,
    Optional<Duration> applyDuration,
    String message) {

  /** Copies the collections; sorts the drift list. */
  public ReconcileOutcome {
    Objects.requireNonNull(result, "result");
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    drift = drift.stream().sorted().toList();
    diagnostics = List.copyOf(diagnostics);
    steps = List.copyOf(steps);
    Objects.requireNonNull(applyDuration, "applyDuration");
    Objects.requireNonNull(message, "message");
  }

  /** An outcome with only a result, diagnostics and a message (nothing planned). */
  public static ReconcileOutcome of(
      ReconcileResult result, List<Diagnostic> diagnostics, String message) {
    return new ReconcileOutcome(
        result, Map.of(), List.of(), diagnostics, List.of(), Optional.empty(), message);
  }

  /** Whether anything was applied. */
  public boolean applied() {
    return applyDuration.isPresent();
  }
}
