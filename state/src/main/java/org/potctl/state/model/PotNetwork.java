package org.potctl.state.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A pot's network settings from pot.conf (pot.md §2.1, §4.1).
 *
 * @param type {@code network_type}
 * @param ip {@code ip} verbatim: one IPv4 for bridges; for alias a space-separated list of {@code
 *     ip} or {@code nic|ip} items; empty for inherit
 * @param bridge {@code bridge}, the private bridge's name; empty for other types
 * @param stack {@code pot.stack} ({@code ipv4}, {@code ipv6}, {@code dual}); empty when unset
 */
public record PotNetwork(
    NetworkType type, Optional<String> ip, Optional<String> bridge, Optional<String> stack) {

  public PotNetwork {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(stack, "stack");
  }

  String canonical() {
    return "network "
        + type.potName()
        + " ip="
        + Fingerprints.opt(ip)
        + " bridge="
        + Fingerprints.opt(bridge)
        + " stack="
        + Fingerprints.opt(stack);
  }
}
