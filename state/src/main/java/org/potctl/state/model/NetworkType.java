package org.potctl.state.model;

/** pot's {@code network_type} (pot.md §4.1). */
public enum NetworkType {
  INHERIT("inherit"),
  ALIAS("alias"),
  PUBLIC_BRIDGE("public-bridge"),
  PRIVATE_BRIDGE("private-bridge");

  private final String potName;

  NetworkType(String potName) {
    this.potName = potName;
  }

  /** The value as pot writes it in pot.conf and takes it in {@code pot create -N}. */
  public String potName() {
    return potName;
  }

  /** Whether pot gives the pot a vnet epair on a bridge (and applies its port exports). */
  public boolean isBridge() {
    return this == PUBLIC_BRIDGE || this == PRIVATE_BRIDGE;
  }

  /** The type for pot's value. */
  public static NetworkType fromPot(String value) {
    for (NetworkType t : values()) {
      if (t.potName.equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown network type '" + value + "'");
  }
}
