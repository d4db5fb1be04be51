package org.potctl.controller.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.potctl.controller.apply.ResourceOutcome.Status;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Reason;
import org.potctl.schema.address.ResourceAddress;

/**
 * The outcome of an apply, per resource and per step (JOSDK's {@code WorkflowResult}).
 *
 * @param applyId the plan's apply id (names the journal and trash entries of this apply)
 * @param resources one per change of the plan (and per resource that only has steps), by address
 * @param steps one per step of the plan, in plan order
 * @param started when the apply started
 * @param finished when the last step ended
 * @param stopped whether a stop was requested (SIGINT/SIGTERM) before every step started
 */
public record ApplyReport(
    String applyId,
    List<ResourceOutcome> resources,
    List<StepResult> steps,
    Instant started,
    Instant finished,
    boolean stopped) {

  public ApplyReport {
    Objects.requireNonNull(applyId, "applyId");
    resources = List.copyOf(resources);
    steps = List.copyOf(steps);
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
  }

  /**
   * Counts of resources by what happened to them. {@code created}, {@code updated} (update, start,
   * stop), {@code replaced} and {@code deleted} count applied resources only.
   */
  public record Totals(
      int created,
      int updated,
      int replaced,
      int deleted,
      int failed,
      int skipped,
      int unchanged) {}

  /** Builds the report of {@code plan} from the results of its steps. */
  static ApplyReport of(
      Plan plan, List<StepResult> results, Instant started, Instant finished, boolean stopped) {
    Map<ResourceAddress, Change> changes = new TreeMap<>();
    plan.changes().forEach(c -> changes.put(c.address(), c));
    Map<ResourceAddress, List<StepResult>> byResource = new TreeMap<>();
    changes.keySet().forEach(a -> byResource.put(a, new ArrayList<>()));
    for (StepResult r : results) {
      byResource.computeIfAbsent(r.step().address(), a -> new ArrayList<>()).add(r);
    }
    List<ResourceOutcome> outcomes = new ArrayList<>();
    byResource.forEach(
        (address, steps) ->
            outcomes.add(outcome(address, Optional.ofNullable(changes.get(address)), steps)));
    return new ApplyReport(plan.applyId(), outcomes, results, started, finished, stopped);
  }

  private static ResourceOutcome outcome(
      ResourceAddress address, Optional<Change> change, List<StepResult> steps) {
    Action action = change.map(Change::action).orElse(Action.UPDATE);
    List<Reason> reasons = change.map(Change::reasons).orElse(List.of());
    if (steps.isEmpty()) {
      return new ResourceOutcome(address, action, reasons, Status.UNCHANGED, Duration.ZERO, "");
    }
    Instant first = steps.stream().map(StepResult::started).min(Instant::compareTo).orElseThrow();
    Instant last = steps.stream().map(StepResult::finished).max(Instant::compareTo).orElseThrow();
    Duration took = Duration.between(first, last);
    for (StepStatus wanted : List.of(StepStatus.FAILED, StepStatus.SKIPPED)) {
      for (StepResult r : steps) {
        if (r.status() == wanted) {
          Status status = wanted == StepStatus.FAILED ? Status.FAILED : Status.SKIPPED;
          return new ResourceOutcome(address, action, reasons, status, took, r.detail());
        }
      }
    }
    return new ResourceOutcome(address, action, reasons, Status.APPLIED, took, "");
  }

  /** The outcome of {@code address}, if the plan named it. */
  public Optional<ResourceOutcome> resource(ResourceAddress address) {
    return resources.stream().filter(r -> r.address().equals(address)).findFirst();
  }

  /** Whether every step applied. */
  public boolean succeeded() {
    return steps.stream().allMatch(s -> s.status() == StepStatus.APPLIED);
  }

  /** Whether any step failed. */
  public boolean anyFailed() {
    return steps.stream().anyMatch(s -> s.status() == StepStatus.FAILED);
  }

  /** From start to the end of the last step. */
  public Duration took() {
    return Duration.between(started, finished);
  }

  /** The resource counts for the summary line. */
  public Totals totals() {
    int[] n = new int[7];
    for (ResourceOutcome r : resources) {
      switch (r.status()) {
        case APPLIED -> n[applied(r.action())]++;
        case FAILED -> n[4]++;
        case SKIPPED -> n[5]++;
        case UNCHANGED -> n[6]++;
      }
    }
    return new Totals(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }

  private static int applied(Action action) {
    return switch (action) {
      case CREATE -> 0;
      case UPDATE, START, STOP, NOOP -> 1;
      case REPLACE -> 2;
      case DELETE -> 3;
    };
  }
}
