package org.potctl.controller.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.potctl.controller.plan.Step;

/** Records what the applier reported, in order (JOSDK's executionHistory). */
class RecordingListener implements ApplyListener {

  final List<String> events = new ArrayList<>();
  final Map<Integer, Instant> started = new HashMap<>();
  final Map<Integer, StepResult> results = new HashMap<>();
  ApplyReport report;

  @Override
  public void stepStarted(Step step, Instant at) {
    events.add("start " + step.id());
    started.put(step.id(), at);
  }

  @Override
  public void stepApplied(StepResult result) {
    events.add("applied " + result.step().id());
    results.put(result.step().id(), result);
  }

  @Override
  public void stepFailed(StepResult result) {
    events.add("failed " + result.step().id());
    results.put(result.step().id(), result);
  }

  @Override
  public void stepSkipped(StepResult result) {
    events.add("skipped " + result.step().id());
    results.put(result.step().id(), result);
  }

  @Override
  public void applyFinished(ApplyReport finished) {
    report = finished;
  }

  /** Whether steps {@code a} and {@code b} ran at the same time at some instant. */
  boolean overlap(int a, int b) {
    StepResult x = results.get(a);
    StepResult y = results.get(b);
    return started.get(a).isBefore(y.finished()) && started.get(b).isBefore(x.finished());
  }
}
