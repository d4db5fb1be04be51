package org.potctl.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pot's network.
 *
 * @param type the network type
 * @param bridge the private bridge's name; present exactly when {@code type} is {@link
 *     NetworkType#PRIVATE_BRIDGE}
 * @param ips the static addresses in spec order (one {@code pot create -i} each): one IPv4 address
 *     for bridges; for alias one or more items {@code ip} or {@code nic|ip}, IPv4 or IPv6; empty
 *     means {@code auto} (pot picks one)
 * @param stack {@code ipv4}, {@code ipv6} or {@code dual} ({@code pot create -S}); empty leaves
 *     pot's configured default
 */
public record NetworkSpec(
    NetworkType type, Optional<String> bridge, List<String> ips, Optional<String> stack) {

  /** Checks that a bridge is given exactly for private-bridge pots. */
  public NetworkSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(bridge, "bridge");
    ips = List.copyOf(ips);
    Objects.requireNonNull(stack, "stack");
    if (bridge.isPresent() != (type == NetworkType.PRIVATE_BRIDGE)) {
      throw new IllegalArgumentException("bridge is required exactly for private-bridge");
    }
  }

  /** A network with at most one address and pot's default stack. */
  public NetworkSpec(NetworkType type, Optional<String> bridge, Optional<String> ip) {
    this(type, bridge, ip.stream().toList(), Optional.empty());
  }

  /** The first static address (the only one for bridges); empty means {@code auto}. */
  public Optional<String> ip() {
    return ips.stream().findFirst();
  }

  /** pot's {@code ip} value: the addresses separated by single spaces, as pot.conf keeps them. */
  public String potIp() {
    return String.join(" ", ips);
  }

  /** pot's default: {@code inherit}, no IP. */
  public static NetworkSpec inherit() {
    return new NetworkSpec(NetworkType.INHERIT, Optional.empty(), Optional.empty());
  }
}
