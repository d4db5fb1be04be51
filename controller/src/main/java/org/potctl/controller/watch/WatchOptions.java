package org.potctl.controller.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the watcher runs.
 *
 * @param specId the owner id passed to the reconciler
 * @param interval time between polls (and drift checks)
 * @param jitter the fraction of {@code interval} by which each wait varies, e.g. 0.1 for ±10%
 * @param debounce how long a webhook waits for more webhooks before it triggers a cycle
 * @param drift what the periodic re-check does
 * @param planOnly never apply, only plan and report
 */
public record WatchOptions(
    String specId,
    Duration interval,
    double jitter,
    Duration debounce,
    DriftMode drift,
    boolean planOnly) {

  /** The default interval, 60 seconds. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

  /** Checks the values. */
  public WatchOptions {
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(drift, "drift");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive");
    }
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1)");
    }
    if (debounce.isNegative()) {
      throw new IllegalArgumentException("debounce must not be negative");
    }
  }

  /** The defaults for {@code specId} and {@code interval}: ±10% jitter, 500ms debounce, heal. */
  public static WatchOptions of(String specId, Duration interval) {
    return new WatchOptions(specId, interval, 0.1, Duration.ofMillis(500), DriftMode.HEAL, false);
  }

  /** These options with {@code drift}. */
  public WatchOptions withDrift(DriftMode mode) {
    return new WatchOptions(specId, interval, jitter, debounce, mode, planOnly);
  }

  /** These options with {@code planOnly}. */
  public WatchOptions withPlanOnly(boolean only) {
    return new WatchOptions(specId, interval, jitter, debounce, drift, only);
  }

  /** These options with {@code debounce}. */
  public WatchOptions withDebounce(Duration wait) {
    return new WatchOptions(specId, interval, jitter, wait, drift, planOnly);
  }
}
