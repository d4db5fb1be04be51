package org.potctl.controller.apply;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Step;

/** Forwards every event to several listeners; one that throws does not stop the others. */
final class CompositeListener implements ApplyListener {

  private final List<ApplyListener> listeners;

  CompositeListener(List<ApplyListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  private void each(Consumer<ApplyListener> event) {
    for (ApplyListener l : listeners) {
      try {
        event.accept(l);
      } catch (RuntimeException e) {
        continue;
      }
    }
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
