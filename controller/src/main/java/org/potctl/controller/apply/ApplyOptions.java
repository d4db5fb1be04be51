package org.potctl.controller.apply;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How an apply runs. Build with {@link #builder()}; {@link #defaults()} is what {@code potctl
 * apply} uses without flags.
 *
 * @param parallelism the most steps running at once ({@code --parallelism}, default 4)
 * @param readinessTimeout how long a step's readiness may take before the step fails
 * @param pollInterval how often readiness is checked while waiting
 * @param stopRequested polled before each start: once true, nothing new starts, running steps
 *     finish and every step not started is skipped ("apply stopped")
 */
public record ApplyOptions(
    int parallelism,
    Duration readinessTimeout,
    Duration pollInterval,
    BooleanSupplier stopRequested) {

  /** The default number of steps running at once. */
  public static final int DEFAULT_PARALLELISM = 4;

  /** The default time a started pot has to be running with its redirects active. */
  public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(30);

  public ApplyOptions {
    Objects.requireNonNull(readinessTimeout, "readinessTimeout");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(stopRequested, "stopRequested");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
    }
    if (readinessTimeout.isNegative() || pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("readiness timeout and poll interval must be positive");
    }
  }

  /** Parallelism 4, readiness within 30s polled every 250ms, never stopped. */
  public static ApplyOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApplyOptions}. */
  public static final class Builder {
    private int parallelism = DEFAULT_PARALLELISM;
    private Duration readinessTimeout = DEFAULT_READINESS_TIMEOUT;
    private Duration pollInterval = Duration.ofMillis(250);
    private BooleanSupplier stopRequested = () -> false;

    private Builder() {}

    /** The most steps running at once (at least 1). */
    public Builder parallelism(int n) {
      this.parallelism = n;
      return this;
    }

    /** How long readiness may take. */
    public Builder readinessTimeout(Duration timeout) {
      this.readinessTimeout = timeout;
      return this;
    }

    /** How often readiness is polled. */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = interval;
      return this;
    }

    /** A signal for a graceful stop (SIGINT/SIGTERM). */
    public Builder stopRequested(BooleanSupplier signal) {
      this.stopRequested = signal;
      return this;
    }

    /** The options. */
    public ApplyOptions build() {
      return new ApplyOptions(parallelism, readinessTimeout, pollInterval, stopRequested);
    }
  }
}
