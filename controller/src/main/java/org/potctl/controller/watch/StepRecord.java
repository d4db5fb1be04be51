package org.potctl.controller.watch;

import java.util.Objects;

/**
 * One applied step, as counted by the {@code potctl_apply_steps_total} metric.
 *
 * @param kind the resource kind, e.g. {@code pot}
 * @param action the plan action, e.g. {@code create}
 * @param outcome e.g. {@code succeeded}, {@code failed}, {@code skipped}
 */
public record StepRecord(String kind, String action, String outcome) {

  /** Checks every part is present. */
  public StepRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
  }
}
