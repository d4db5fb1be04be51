package org.potctl.state.model;

import java.util.Objects;

/**
 * A jail the kernel knows, from one {@code jls} call. A pot is running when a live jail carries its
 * name (pot.md §8.1).
 *
 * @param jid the jail id
 * @param name the jail name (pot names the jail after the pot)
 * @param path its root, {@code $FR/jails/<p>/m} for a pot
 * @param dying whether it is being torn down (listed only because potctl asks with {@code -d})
 */
public record Jail(int jid, String name, String path, boolean dying) {

  public Jail {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }

  /**
   * The canonical text this object is fingerprinted by. The jid is left out: it changes at every
   * start without the pot changing.
   */
  public String canonical() {
    return "jail " + name + " path=" + path + " dying=" + dying;
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
