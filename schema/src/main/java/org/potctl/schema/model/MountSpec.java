package org.potctl.schema.model;

import java.util.Objects;

/**
 * A mount into a pot.
 *
 * @param source the fscomp or host directory mounted
 * @param at the absolute, normalised path inside the pot, e.g. {@code /var/db/postgres}
 * @param readonly whether the mount is read-only ({@code pot mount-in -r})
 */
public record MountSpec(MountSource source, String at, boolean readonly) {

  /** Checks the parts; {@code at} must be absolute. */
  public MountSpec {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(at, "at");
    if (!at.startsWith("/")) {
      throw new IllegalArgumentException("mount target must be absolute: " + at);
    }
  }
}
