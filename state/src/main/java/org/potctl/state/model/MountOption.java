package org.potctl.state.model;

/** The third column of an fscomp.conf line (pot.md §2.2). */
public enum MountOption {
  /** No option: a read-write nullfs mount. */
  READ_WRITE(""),
  /** {@code ro}: a read-only nullfs mount. */
  READ_ONLY("ro"),
  /** {@code zfs-remount}: pot changes the dataset's ZFS mountpoint instead of using nullfs. */
  ZFS_REMOUNT("zfs-remount");

  private final String potName;

  MountOption(String potName) {
    this.potName = potName;
  }

  /** The option as written in fscomp.conf; empty for read-write. */
  public String potName() {
    return potName;
  }

  /** The option for fscomp.conf's third column ({@code ""} when absent). */
  public static MountOption fromPot(String value) {
    for (MountOption o : values()) {
      if (o.potName.equals(value)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown mount option '" + value + "'");
  }
}
