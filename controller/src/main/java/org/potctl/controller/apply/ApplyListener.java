package org.potctl.controller.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Step;

/**
 * Observes an apply (Terraform's hook, JOSDK's metrics port): the CLI prints progress, the journal
 * records, the watcher counts. Every method has a no-op default.
 *
 * <p>All calls of one apply come from the thread that called {@link Applier#apply}, one at a time,
 * in the order the events happened: a listener needs no locking. {@code stepStarted} is called
 * before the step's command runs; exactly one of {@code stepApplied}, {@code stepFailed} or {@code
 * stepSkipped} follows for every step of the plan (a skipped step gets no {@code stepStarted}). A
 * listener that throws is never ignored: from {@code stepStarted} the step fails with that cause
 * and does not run; from {@code stepApplied} the step is reported failed (it ran, but recording it
 * failed) and its dependants are skipped; from the other events the exception leaves {@link
 * Applier#apply}.
 */
public interface ApplyListener {

  /** A listener that does nothing. */
  ApplyListener NOOP = new ApplyListener() {};

  /**
   * The host lock is held by another run and this one waits for it, at most {@code timeout}; {@code
   * held} names the holder ({@code host is locked (…/lock) by pid …}). Called before anything is
   * observed or planned, at most once.
   */
  default void lockWaiting(String held, Duration timeout) {}

  /** The apply of {@code plan} begins; nothing has run yet. */
  default void applyStarted(Plan plan, Instant at) {}

  /** {@code step} starts now: its command is about to run. */
  default void stepStarted(Step step, Instant at) {}

  /** A step succeeded and is ready. */
  default void stepApplied(StepResult result) {}

  /** A step failed; its dependants will be skipped. */
  default void stepFailed(StepResult result) {}

  /** A step was skipped (upstream failure or a stopped apply) without running. */
  default void stepSkipped(StepResult result) {}

  /** The apply is over; {@code report} holds every outcome. */
  default void applyFinished(ApplyReport report) {}

  /** A listener that forwards every event to each of {@code listeners}, in order. */
  static ApplyListener all(List<ApplyListener> listeners) {
    return new CompositeListener(listeners);
  }
}
