package org.potctl.state.model;

import java.util.Objects;

/**
 * One address of a host network interface, as {@code ifconfig -a} lists it.
 *
 * @param iface the interface, e.g. {@code em0}, {@code lo0}, {@code bridge0}
 * @param address the address in canonical form ({@link IpAddresses#canonical}), without a zone
 * @param ipv6 whether it is an IPv6 address
 * @param linkLocal whether it is scoped to its interface (an IPv6 {@code fe80::/10} address, listed
 *     as {@code fe80::1%lo0}): only the same address on the same interface is the same address
 * @param line the {@code inet}/{@code inet6} line it was read from, trimmed (named in messages)
 */
public record InterfaceAddress(
    String iface, String address, boolean ipv6, boolean linkLocal, String line) {

  public InterfaceAddress {
    Objects.requireNonNull(iface, "iface");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(line, "line");
  }
}
