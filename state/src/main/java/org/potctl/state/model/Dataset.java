package org.potctl.state.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One ZFS filesystem below {@code POT_ZFS_ROOT}, from one {@code zfs list -H -r} call.
 *
 * @param name the full dataset name, e.g. {@code zroot/pot/fscomp/web-data}
 * @param mountpoint its mountpoint ({@code none} or {@code legacy} verbatim), as zfs prints it
 * @param origin the snapshot it was cloned from; empty when it is not a clone
 * @param usedBytes space used by it and its children, in bytes (parsed from human sizes such as
 *     {@code 1.5M} when zfs lacks {@code -p}, so then approximate)
 * @param owner potctl's ownership stamp, the user property {@code potctl:owner}; empty when unset
 * @param applyId the user property {@code potctl:apply}: the apply that created or last stamped it
 */
public record Dataset(
    String name,
    String mountpoint,
    Optional<String> origin,
    long usedBytes,
    Optional<String> owner,
    Optional<String> applyId) {

  public Dataset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mountpoint, "mountpoint");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(applyId, "applyId");
    if (usedBytes < 0) {
      throw new IllegalArgumentException("usedBytes must not be negative: " + usedBytes);
    }
  }

  /** Whether potctl's ownership stamp is on this dataset. */
  public boolean ownedBy(String specId) {
    return owner.filter(specId::equals).isPresent();
  }

  /** The last component of the name: the pot, fscomp or base name for their top datasets. */
  public String leaf() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /**
   * The canonical text this object is fingerprinted by. {@code used} is left out on purpose: it
   * changes with every write inside a pot and would make every saved plan stale.
   */
  public String canonical() {
    return String.join(
        "\t",
        "dataset",
        name,
        mountpoint,
        Fingerprints.opt(origin),
        Fingerprints.opt(owner),
        Fingerprints.opt(applyId));
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
