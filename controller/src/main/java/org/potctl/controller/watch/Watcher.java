package org.potctl.controller.watch;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * Runs {@link ReconcileCycle}s on one thread: at start, every interval (with jitter), and soon
 * after a webhook (bursts within the debounce window make one cycle). Cycles never overlap.
 * Suspended, it skips cycles (no fetch, no reconcile); resuming runs one at once. {@link #stop}
 * stops scheduling and waits for the running cycle to finish.
 */
public final class Watcher {

  private final ReconcileCycle cycle;
  private final WatchState state;
  private final WatchMetrics metrics;
  private final WatchOptions options;
  private final WatchLog log;
  private final RandomGenerator random;
  private final ScheduledThreadPoolExecutor executor;
  private final HeapTrim trim;
  private final Object lock = new Object();
  private ScheduledFuture<?> nextPoll;
  private boolean triggerPending;
  private boolean stopped;

  /**
   * A watcher of {@code source} that reconciles through {@code reconciler}; call {@link #start}.
   */
  public Watcher(
      Source source,
      Reconciler reconciler,
      WatchOptions options,
      WatchMetrics metrics,
      WatchLog log,
      Clock clock,
      RandomGenerator random) {
    this.state = new WatchState(source.describe(), options);
    this.cycle = new ReconcileCycle(source, reconciler, options, state, metrics, log, clock);
    this.metrics = metrics;
    this.options = options;
    this.log = log;
    this.random = random;
    this.trim = HeapTrim.ofRuntime(clock);
    this.executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "potctl-watch");
              t.setDaemon(true);
              return t;
            });
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setRemoveOnCancelPolicy(true);
  }

  /** Runs the first cycle at once; later ones follow every interval. */
  public void start() {
    synchronized (lock) {
      if (!stopped) {
        nextPoll = executor.schedule(() -> runCycle("start"), 0, TimeUnit.MILLISECONDS);
      }
    }
  }

  /**
   * Asks for a cycle after the debounce window; triggers arriving meanwhile join it.
   *
   * @return false when the watcher is stopped
   */
  public boolean trigger(String reason) {
    synchronized (lock) {
      if (stopped) {
        return false;
      }
      if (triggerPending) {
        log.info("trigger-coalesced", "reason", reason);
        return true;
      }
      triggerPending = true;
      executor.schedule(
          () -> {
            synchronized (lock) {
              triggerPending = false;
            }
            runCycle(reason);
          },
          options.debounce().toMillis(),
          TimeUnit.MILLISECONDS);
      return true;
    }
  }

  /** Stops reconciling until {@link #resume}; a running cycle finishes. */
  public void suspend() {
    state.suspended(true);
    metrics.suspended(true);
    log.info("suspended");
  }

  /** Reconciles again, starting with a cycle at once. */
  public void resume() {
    state.suspended(false);
    metrics.suspended(false);
    log.info("resumed");
    trigger("resume");
  }

  /** What the watcher knows now. */
  public WatchStatus status() {
    return state.snapshot();
  }

  /**
   * Stops scheduling and waits up to {@code wait} for the running cycle to finish.
   *
   * @return whether no cycle is running any more
   */
  public boolean stop(Duration wait) {
    synchronized (lock) {
      stopped = true;
      executor.shutdown();
    }
    try {
      return executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void runCycle(String reason) {
    try {
      if (state.suspended()) {
        log.info("cycle-skipped", "reason", reason, "because", "suspended");
      } else {
        cycle.run(reason);
      }
    } catch (RuntimeException e) {
      // fetch, reconcile and drift record their own failures; this is what is left (pruning)
      log.error("cycle-failed", "reason", reason, "error", String.valueOf(e.getMessage()));
    } finally {
      trim.afterCycle();
      scheduleNextPoll();
    }
  }

  private void scheduleNextPoll() {
    synchronized (lock) {
      if (stopped) {
        return;
      }
      if (nextPoll != null) {
        nextPoll.cancel(false);
      }
      nextPoll = executor.schedule(() -> runCycle("poll"), jittered(), TimeUnit.MILLISECONDS);
    }
  }

  private long jittered() {
    long base = options.interval().toMillis();
    double spread =
        options.jitter() == 0 ? 0 : random.nextDouble(-options.jitter(), options.jitter());
    return Math.max(1, Math.round(base * (1 + spread)));
  }
}
