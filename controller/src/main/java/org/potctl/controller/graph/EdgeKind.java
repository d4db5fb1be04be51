package org.potctl.controller.graph;

/** Why one resource depends on another. */
public enum EdgeKind {
  /** A pot mounts an fscomp of the spec. */
  MOUNT,
  /** A pot is on a private bridge of the spec. */
  NETWORK,
  /** A pot is created with a flavour of the spec. */
  FLAVOUR,
  /** A multi pot is layered on a base. */
  BASE,
  /**
   * A pot is cloned from another pot of the spec: its {@code template}, or the pot that imports the
   * image both clone.
   */
  CLONE,
  /** {@code depends_on}: the other pot must run first. */
  DEPENDS_ON,
  /** On the host, a pot mounts a dataset that is a node (e.g. an fscomp gone from the spec). */
  OBSERVED_MOUNT,
  /** On the host, a pot is on a private bridge that is a node (e.g. one gone from the spec). */
  OBSERVED_NETWORK;

  /** The lowercase label used in DOT output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
