package org.potctl.controller.watch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The watcher's meters in a Prometheus registry. Tags are bounded: result, type, kind, action and
 * outcome; never resource names or commit ids.
 */
public final class WatchMetrics {

  /** Reconciles by {@code type} (commit|drift) and {@code result}: {@code _total}. */
  static final String RECONCILES = "potctl.watch.reconciles";

  /** Time per reconcile (fetch excluded): {@code _seconds}. */
  static final String RECONCILE_DURATION = "potctl.watch.reconcile.duration";

  /** Time spent applying: {@code _seconds}. */
  static final String APPLY_DURATION = "potctl.apply.duration";

  /** Applied steps by {@code kind}, {@code action} and {@code outcome}: {@code _total}. */
  static final String STEPS = "potctl.apply.steps";

  /** Resources found drifted by the latest drift check (0 once healed or a commit applied). */
  static final String DRIFTED = "potctl.drifted.resources";

  /** Unix time at which the current commit was last applied without error. */
  static final String LAST_APPLIED = "potctl.watch.last.applied.commit.timestamp";

  /**
   * 1 while the newest revision of the source was rejected (invalid, no Potfiles, or refused and
   * waiting for its retry) and the host is held at the last good one, else 0.
   */
  static final String HEAD_REJECTED = "potctl.watch.head.rejected";

  /** 1 while suspended, else 0. */
  static final String SUSPENDED = "potctl.watch.suspended";

  /** Fetches by {@code result} (ok|failed): {@code _total}. */
  static final String FETCHES = "potctl.watch.fetches";

  /**
   * Signed requests by {@code path} and {@code result} (accepted|refused|too-large|malformed|
   * stale|replayed): {@code _total}.
   */
  static final String REQUESTS = "potctl.watch.signed.requests";

  /** Exchanges whose connection failed or was closed by a deadline: {@code _total}. */
  static final String HTTP_ABORTED = "potctl.watch.http.aborted";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final AtomicInteger drifted = new AtomicInteger();
  private final AtomicInteger suspended = new AtomicInteger();
  private final AtomicInteger headRejected = new AtomicInteger();
  private final AtomicLong lastApplied = new AtomicLong();
  private final Timer reconcileDuration;
  private final Timer applyDuration;

  /** A registry with every meter but the step counters registered at zero. */
  public WatchMetrics() {
    for (String type : new String[] {"commit", "drift"}) {
      for (ReconcileResult result : ReconcileResult.values()) {
        reconciles(type, result);
      }
    }
    fetches(true);
    fetches(false);
    Counter.builder(HTTP_ABORTED)
        .description("HTTP exchanges whose connection failed or was closed by a deadline")
        .register(registry);
    reconcileDuration =
        Timer.builder(RECONCILE_DURATION)
            .description("Time per reconcile: validate, observe, plan, apply")
            .register(registry);
    applyDuration =
        Timer.builder(APPLY_DURATION).description("Time spent applying plans").register(registry);
    Gauge.builder(DRIFTED, drifted, AtomicInteger::get)
        .description("Resources found drifted by the latest drift check and not healed")
        .register(registry);
    Gauge.builder(LAST_APPLIED, lastApplied, AtomicLong::get)
        .description("Unix time of the latest error-free apply of the current commit")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder(HEAD_REJECTED, headRejected, AtomicInteger::get)
        .description("1 while the newest revision is rejected and the last good one is kept")
        .register(registry);
    Gauge.builder(SUSPENDED, suspended, AtomicInteger::get)
        .description("1 while the watcher is suspended")
        .register(registry);
  }

  /** Counts one reconcile and its steps, and updates the gauges. */
  void reconciled(String type, ReconcileOutcome outcome, Duration took, Instant at) {
    reconciles(type, outcome.result()).increment();
    reconcileDuration.record(took);
    outcome.applyDuration().ifPresent(applyDuration::record);
    for (StepRecord step : outcome.steps()) {
      Counter.builder(STEPS)
          .description("Applied steps by resource kind, action and outcome")
          .tag("kind", step.kind())
          .tag("action", step.action())
          .tag("outcome", step.outcome())
          .register(registry)
          .increment();
    }
    boolean appliedOk = outcome.applied() && outcome.result() == ReconcileResult.OK;
    if (type.equals("drift") && outcome.result() != ReconcileResult.INVALID) {
      drifted.set(appliedOk ? 0 : outcome.drift().size());
    } else if (appliedOk) {
      drifted.set(0);
    }
    if (appliedOk) {
      lastApplied.set(at.getEpochSecond());
    }
  }

  void request(String path, String result) {
    Counter.builder(REQUESTS)
        .description("Signed requests (hook, suspend, resume) by path and result")
        .tag("path", path)
        .tag("result", result)
        .register(registry)
        .increment();
  }

  void httpAborted() {
    Counter.builder(HTTP_ABORTED)
        .description("HTTP exchanges whose connection failed or was closed by a deadline")
        .register(registry)
        .increment();
  }

  void fetched(boolean ok) {
    fetches(ok).increment();
  }

  void headRejected(boolean value) {
    headRejected.set(value ? 1 : 0);
  }

  void suspended(boolean value) {
    suspended.set(value ? 1 : 0);
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }

  private Counter reconciles(String type, ReconcileResult result) {
    return Counter.builder(RECONCILES)
        .description("Reconciles by type (commit or drift) and result")
        .tag("type", type)
        .tag("result", result.label())
        .register(registry);
  }

  private Counter fetches(boolean ok) {
    return Counter.builder(FETCHES)
        .description("Fetches of the source by result")
        .tag("result", ok ? "ok" : "failed")
        .register(registry);
  }
}
