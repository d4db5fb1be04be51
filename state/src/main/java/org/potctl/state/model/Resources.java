package org.potctl.state.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A pot's {@code pot.rss.*} limits (pot.md §3.2); applied by pot only at start.
 *
 * @param cpus {@code pot.rss.cpus}, when set
 * @param memory {@code pot.rss.memory} verbatim (e.g. {@code 512M}), when set
 */
public record Resources(OptionalInt cpus, Optional<String> memory) {

  /** No limits. */
  public static final Resources NONE = new Resources(OptionalInt.empty(), Optional.empty());

  public Resources {
    Objects.requireNonNull(cpus, "cpus");
    Objects.requireNonNull(memory, "memory");
  }

  String canonical() {
    return "rss cpus="
        + (cpus.isPresent() ? String.valueOf(cpus.getAsInt()) : "-")
        + " memory="
        + memory.orElse("-");
  }
}
