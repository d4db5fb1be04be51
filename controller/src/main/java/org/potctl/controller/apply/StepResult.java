package org.potctl.controller.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.potctl.controller.plan.Step;

/**
 * What happened to one step.
 *
 * @param step the step, as planned
 * @param status how it ended
 * @param started when it started (for a skipped step: when it was skipped)
 * @param finished when its command ended and its readiness held or gave up (for a skipped step:
 *     equal to {@code started})
 * @param detail for {@link StepStatus#FAILED} the error (pot's {@code ###>} lines, then the tail of
 *     the output); for {@link StepStatus#SKIPPED} the reason, e.g. {@code upstream failed: pot.db};
 *     empty when applied
 * @param cause the exception that failed the step (a runner or listener error), kept whole for
 *     {@code -v} and logs; empty when the step's command simply exited non-zero
 */
public record StepResult(
    Step step,
    StepStatus status,
    Instant started,
    Instant finished,
    String detail,
    Optional<Throwable> cause) {

  public StepResult {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(cause, "cause");
    if (finished.isBefore(started)) {
      throw new IllegalArgumentException("step " + step.id() + " finished before it started");
    }
  }

  /** A result without a cause. */
  public StepResult(
      Step step, StepStatus status, Instant started, Instant finished, String detail) {
    this(step, status, started, finished, detail, Optional.empty());
  }

  /** The step applied. */
  public static StepResult applied(Step step, Instant started, Instant finished) {
    return new StepResult(step, StepStatus.APPLIED, started, finished, "");
  }

  /** The step failed with {@code error}. */
  public static StepResult failed(Step step, Instant started, Instant finished, String error) {
    return new StepResult(step, StepStatus.FAILED, started, finished, error);
  }

  /** The step failed with {@code error}, thrown as {@code cause}. */
  public static StepResult failed(
      Step step, Instant started, Instant finished, String error, Throwable cause) {
    return new StepResult(step, StepStatus.FAILED, started, finished, error, Optional.of(cause));
  }

  /** The step was skipped at {@code at} because of {@code reason}. */
  public static StepResult skipped(Step step, Instant at, String reason) {
    return new StepResult(step, StepStatus.SKIPPED, at, at, reason);
  }

  /** How long it ran, zero for a skipped step. */
  public Duration took() {
    return Duration.between(started, finished);
  }
}
