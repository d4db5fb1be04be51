package org.potctl.state.model;

import java.util.Objects;

/**
 * One line of a pot's fscomp.conf (pot.md §2.2), in either format.
 *
 * @param source a ZFS dataset name (no leading {@code /}) or an absolute host directory
 * @param target the path inside the pot, e.g. {@code /usr/local}; legacy lines (full host path
 *     {@code $FR/jails/<p>/m/...}) are converted to this form
 * @param option read-write, read-only or zfs-remount
 * @param legacy whether the line was in the legacy format (pot converts it at the next mount)
 */
public record Mount(String source, String target, MountOption option, boolean legacy) {

  public Mount {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(option, "option");
  }

  /** Whether the source is a host directory rather than a dataset. */
  public boolean isHostDirectory() {
    return source.startsWith("/");
  }

  /** Whether pot mounts it read-only. */
  public boolean readOnly() {
    return option == MountOption.READ_ONLY;
  }

  /** The line in pot's current fscomp.conf format. */
  public String toLine() {
    return option == MountOption.READ_WRITE
        ? source + " " + target
        : source + " " + target + " " + option.potName();
  }

  String canonical() {
    return "mount " + toLine() + (legacy ? " legacy" : "");
  }
}
