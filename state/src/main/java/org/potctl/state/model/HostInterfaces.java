package org.potctl.state.model;

import java.util.List;
import java.util.Optional;

/**
 * The host's network interfaces and their addresses, as {@code ifconfig -a} listed them, in its
 * order: every interface (those without an address too) and every {@code inet} and {@code inet6}
 * line of every interface (aliases, {@code lo0}, bridges, epairs), including the aliases that
 * running {@code alias} pots have added.
 *
 * @param names the interfaces in {@code ifconfig -a}'s order
 * @param addresses the addresses in {@code ifconfig -a}'s order
 */
public record HostInterfaces(List<String> names, List<InterfaceAddress> addresses) {

  public HostInterfaces {
    names = List.copyOf(names);
    addresses = List.copyOf(addresses);
  }

  /** Whether the host has interface {@code nic} (what pot's {@code _is_valid_netif} asks). */
  public boolean has(String nic) {
    return names.contains(nic);
  }

  /**
   * The interface addresses equal to {@code ip} (any spelling of the same address), in {@code
   * ifconfig}'s order, where a link-local address counts only on {@code nic}, the interface the
   * address would be added to. Empty when {@code ip} is no address.
   */
  public List<InterfaceAddress> holding(String ip, String nic) {
    Optional<String> wanted = IpAddresses.canonical(ip);
    if (wanted.isEmpty()) {
      return List.of();
    }
    return addresses.stream()
        .filter(a -> a.address().equals(wanted.get()))
        .filter(a -> !a.linkLocal() || a.iface().equals(nic))
        .toList();
  }
}
