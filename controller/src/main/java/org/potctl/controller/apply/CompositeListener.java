package org.potctl.controller.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Step;

/**
 * Forwards every event to several listeners, in order. Every listener sees the event; the first
 * exception one of them threw is then rethrown (later ones are added as suppressed), so the walk
 * fails the step it was about: a failed inventory write before a create stops that create.
 */
final class CompositeListener implements ApplyListener {

  private final List<ApplyListener> listeners;

  CompositeListener(List<ApplyListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  private void each(Consumer<ApplyListener> event) {
    RuntimeException first = null;
    for (ApplyListener l : listeners) {
      try {
        event.accept(l);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public void lockWaiting(String held, Duration timeout) {
    each(l -> l.lockWaiting(held, timeout));
  }

  @Override
  public void applyStarted(Plan plan, Instant at) {
    each(l -> l.applyStarted(plan, at));
  }

  @Override
  public void stepStarted(Step step, Instant at) {
    each(l -> l.stepStarted(step, at));
  }

  @Override
  public void stepApplied(StepResult result) {
    each(l -> l.stepApplied(result));
  }

  @Override
  public void stepFailed(StepResult result) {
    each(l -> l.stepFailed(result));
  }

  @Override
  public void stepSkipped(StepResult result) {
    each(l -> l.stepSkipped(result));
  }

  @Override
  public void applyFinished(ApplyReport report) {
    each(l -> l.applyFinished(report));
  }
}
