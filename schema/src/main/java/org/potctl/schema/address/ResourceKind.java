package org.potctl.schema.address;

import java.util.Optional;

/** The kinds of resource a spec declares or implies, each with its address prefix. */
public enum ResourceKind {
  /** A pot (jail). */
  POT("pot"),
  /** A ZFS dataset under {@code <POT_ZFS_ROOT>/fscomp}. */
  FSCOMP("fscomp"),
  /** A private bridge. */
  BRIDGE("bridge"),
  /** A flavour potctl installs into pot's flavour directory. */
  FLAVOUR("flavour"),
  /** A FreeBSD base release, implied by the pots that use it. */
  BASE("base");

  private final String prefix;

  ResourceKind(String prefix) {
    this.prefix = prefix;
  }

  /** The lowercase prefix used in addresses, e.g. {@code pot}. */
  public String prefix() {
    return prefix;
  }

  /** The kind whose prefix is {@code prefix}, if any. */
  public static Optional<ResourceKind> fromPrefix(String prefix) {
    for (ResourceKind kind : values()) {
      if (kind.prefix.equals(prefix)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
