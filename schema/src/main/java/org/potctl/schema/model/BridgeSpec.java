package org.potctl.schema.model;

import org.potctl.schema.address.ResourceAddress;

/**
 * A private bridge ({@code pot create-private-bridge -B name -S size}).
 *
 * @param name the bridge name
 * @param size how many pots it must hold, pot's {@code -S} semantics, at least 2
 */
public record BridgeSpec(String name, int size) implements ResourceSpec {

  /** Checks the name and that the size is at least 2. */
  public BridgeSpec {
    Names.requireName(name);
    if (size < 2) {
      throw new IllegalArgumentException("bridge size must be at least 2: " + size);
    }
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.bridge(name);
  }
}
