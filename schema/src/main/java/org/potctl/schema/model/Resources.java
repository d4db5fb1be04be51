package org.potctl.schema.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Resource limits ({@code pot set-rss}).
 *
 * @param cpus number of CPUs, at least 1; empty for no limit
 * @param memory memory limit; empty for no limit
 */
public record Resources(OptionalInt cpus, Optional<Size> memory) {

  /** Checks that a CPU count is at least 1. */
  public Resources {
    Objects.requireNonNull(cpus, "cpus");
    Objects.requireNonNull(memory, "memory");
    if (cpus.isPresent() && cpus.getAsInt() < 1) {
      throw new IllegalArgumentException("cpus must be at least 1");
    }
  }

  /** No limits. */
  public static Resources none() {
    return new Resources(OptionalInt.empty(), Optional.empty());
  }

  /** Whether any limit is set. */
  public boolean isLimited() {
    return cpus.isPresent() || memory.isPresent();
  }
}
