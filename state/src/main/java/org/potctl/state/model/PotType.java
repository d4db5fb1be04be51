package org.potctl.state.model;

/** pot's {@code pot.type}: one dataset with a full userland, or layered on a base. */
public enum PotType {
  SINGLE("single"),
  MULTI("multi");

  private final String potName;

  PotType(String potName) {
    this.potName = potName;
  }

  /** The value as pot writes it in pot.conf and takes it in {@code pot create -t}. */
  public String potName() {
    return potName;
  }

  /** The type for pot's value; a missing {@code pot.type} means multi (pot.md §2.1). */
  public static PotType fromPot(String value) {
    for (PotType t : values()) {
      if (t.potName.equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown pot type '" + value + "'");
  }
}
