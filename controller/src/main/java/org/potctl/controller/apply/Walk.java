package org.potctl.controller.apply;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Step;

/**
 * One apply of one plan: a scheduler on the calling thread hands ready steps to a pool of {@code
 * parallelism} workers and takes their results back from a queue. Only the calling thread touches
 * the walk's state and calls the listener.
 */
final class Walk {

  static final String STOPPED = "apply stopped before this step started";

  private final Plan plan;
  private final ApplyOptions options;
  private final ApplyListener listener;
  private final StepExecutor executor;
  private final InstantSource clock;
  private final StepGraph graph;
  private final Map<Integer, StepResult> done = new HashMap<>();
  private final Set<Integer> running = new HashSet<>();
  private final Map<Integer, Integer> unmet = new HashMap<>();
  private final PriorityQueue<Integer> ready = new PriorityQueue<>();
  private final List<Integer> serialOrder = new ArrayList<>();
  private int serialNext;
  private final BlockingQueue<StepResult> finished = new LinkedBlockingQueue<>();
  private boolean serialRunning;
  private boolean stopping;
  private boolean interrupted;

  Walk(
      Plan plan,
      ApplyOptions options,
      ApplyListener listener,
      StepExecutor executor,
      InstantSource clock) {
    this.plan = plan;
    this.options = options;
    this.listener = listener;
    this.executor = executor;
    this.clock = clock;
    this.graph = new StepGraph(plan.steps());
    for (Step step : graph.steps()) {
      int n = graph.dependencies(step.id()).size();
      unmet.put(step.id(), n);
      if (n == 0) {
        ready.add(step.id());
      }
      if (StepGraph.serial(step)) {
        serialOrder.add(step.id());
      }
    }
  }

  ApplyReport run() {
    Instant started = clock.instant();
    listener.applyStarted(plan, started);
    ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), workerThreads());
    try {
      while (done.size() < graph.steps().size()) {
        stopping |= options.stopRequested().getAsBoolean();
        if (stopping) {
          skipPending(STOPPED);
        } else {
          startReady(pool);
        }
        awaitOne();
      }
    } finally {
      pool.shutdownNow();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    List<StepResult> results = new ArrayList<>();
    graph.steps().forEach(s -> results.add(done.get(s.id())));
    ApplyReport report = ApplyReport.of(plan, results, started, clock.instant(), stopping);
    listener.applyFinished(report);
    return report;
  }

  private void startReady(ExecutorService pool) {
    List<Integer> heldBack = new ArrayList<>();
    while (running.size() < options.parallelism() && !ready.isEmpty()) {
      Step step = graph.step(ready.poll());
      if (done.containsKey(step.id())) {
        continue;
      }
      if (StepGraph.serial(step) && (serialRunning || !serialTurn(step.id()))) {
        heldBack.add(step.id());
        continue;
      }
      Instant at = clock.instant();
      if (!announced(step, at)) {
        continue;
      }
      running.add(step.id());
      serialRunning |= StepGraph.serial(step);
      pool.execute(() -> runWorker(step, at));
    }
    ready.addAll(heldBack);
    if (running.isEmpty() && done.size() < graph.steps().size()) {
      skipPending("never became ready to start");
    }
  }

  /**
   * Tells the listener {@code step} starts; when a listener fails (e.g. the inventory write a
   * create must be preceded by), the step fails with that cause and never runs.
   */
  private boolean announced(Step step, Instant at) {
    try {
      listener.stepStarted(step, at);
      return true;
    } catch (RuntimeException e) {
      fail(StepResult.failed(step, at, at, "not run: " + Causes.describe(e), e));
      return false;
    }
  }

  /**
   * Whether it is {@code id}'s turn among the steps taking pot's global lock: they run in plan
   * order, so pot hands out automatic addresses as in the plan (and as a sequential run would).
   */
  private boolean serialTurn(int id) {
    while (serialNext < serialOrder.size() && done.containsKey(serialOrder.get(serialNext))) {
      serialNext++;
    }
    return serialNext < serialOrder.size() && serialOrder.get(serialNext) == id;
  }

  private void runWorker(Step step, Instant at) {
    StepResult result = null;
    try {
      result = executor.run(step, at);
    } finally {
      if (result == null) {
        result = StepResult.failed(step, at, at, "internal error while running the step");
      }
      finished.add(result);
    }
  }

  private void awaitOne() {
    if (running.isEmpty()) {
      return;
    }
    StepResult result;
    try {
      result = finished.poll(options.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
      stopping = true;
      return;
    }
    if (result != null) {
      record(result);
    }
  }

  private void record(StepResult result) {
    Step step = result.step();
    running.remove(step.id());
    if (StepGraph.serial(step)) {
      serialRunning = false;
    }
    done.put(step.id(), result);
    if (result.status() == StepStatus.APPLIED) {
      try {
        listener.stepApplied(result);
      } catch (RuntimeException e) {
        String detail = "the step ran, but recording its success failed: " + Causes.describe(e);
        fail(StepResult.failed(step, result.started(), result.finished(), detail, e));
        return;
      }
      for (int next : graph.dependants(step.id())) {
        if (unmet.merge(next, -1, Integer::sum) == 0) {
          ready.add(next);
        }
      }
      return;
    }
    fail(result);
  }

  private void fail(StepResult result) {
    Step step = result.step();
    done.put(step.id(), result);
    listener.stepFailed(result);
    Instant at = clock.instant();
    for (int id : graph.transitiveDependants(step.id())) {
      skip(id, at, "upstream failed: " + step.address());
    }
  }

  private void skipPending(String reason) {
    Instant at = clock.instant();
    for (Step step : graph.steps()) {
      if (!running.contains(step.id())) {
        skip(step.id(), at, reason);
      }
    }
  }

  private void skip(int id, Instant at, String reason) {
    if (done.containsKey(id) || running.contains(id)) {
      return;
    }
    Step step = graph.step(id);
    StepResult skipped = StepResult.skipped(step, at, reason);
    done.put(id, skipped);
    listener.stepSkipped(skipped);
  }

  private static java.util.concurrent.ThreadFactory workerThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "potctl-apply-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
