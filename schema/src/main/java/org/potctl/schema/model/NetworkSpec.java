package org.potctl.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A pot's network.
 *
 * @param type the network type
 * @param bridge the private bridge's name; present exactly when {@code type} is {@link
 *     NetworkType#PRIVATE_BRIDGE}
 * @param ip a static IPv4 address; empty means {@code auto} (pot picks one)
 */
public record NetworkSpec(NetworkType type, Optional<String> bridge, Optional<String> ip) {

  /** Checks that a bridge is given exactly for private-bridge pots. */
  public NetworkSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(ip, "ip");
    if (bridge.isPresent() != (type == NetworkType.PRIVATE_BRIDGE)) {
      throw new IllegalArgumentException("bridge is required exactly for private-bridge");
    }
  }

  /** pot's default: {@code inherit}, no IP. */
  public static NetworkSpec inherit() {
    return new NetworkSpec(NetworkType.INHERIT, Optional.empty(), Optional.empty());
  }
}
