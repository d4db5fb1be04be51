package org.potctl.state.model;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

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
 * @param properties further properties the observation listed ({@link
 *     org.potctl.state.zfs.ZfsList#PROPERTY_COLUMNS}: the allowlisted fscomp properties and {@code
 *     potctl:protect}), values as zfs printed them; unset ({@code -}) ones are left out
 */
public record Dataset(
    String name,
    String mountpoint,
    Optional<String> origin,
    long usedBytes,
    Optional<String> owner,
    Optional<String> applyId,
    SortedMap<String, String> properties) {

  public Dataset {
    properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mountpoint, "mountpoint");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(applyId, "applyId");
    if (usedBytes < 0) {
      throw new IllegalArgumentException("usedBytes must not be negative: " + usedBytes);
    }
  }

  /** A dataset without further properties. */
  public Dataset(
      String name,
      String mountpoint,
      Optional<String> origin,
      long usedBytes,
      Optional<String> owner,
      Optional<String> applyId) {
    this(name, mountpoint, origin, usedBytes, owner, applyId, new TreeMap<>());
  }

  /** A property's value as zfs printed it, if the observation listed it and it is set. */
  public Optional<String> property(String property) {
    return Optional.ofNullable(properties.get(property));
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
            Fingerprints.opt(applyId))
        + propertiesText();
  }

  private String propertiesText() {
    StringBuilder b = new StringBuilder();
    properties.forEach((k, v) -> b.append('\t').append(k).append('=').append(v));
    return b.toString();
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
