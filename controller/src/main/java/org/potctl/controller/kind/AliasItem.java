package org.potctl.controller.kind;

import java.util.Optional;
import org.potctl.state.model.IpAddresses;

/**
 * One item of an alias pot's address list, {@code ip} or {@code nic|ip} (pot's {@code -i}, pot.md
 * §2.1): the one parse of it for the plan-time checks, the diff and the observed value.
 *
 * @param nic the interface before the bar, empty when the item has none
 * @param ip the address after it, as written
 */
record AliasItem(Optional<String> nic, String ip) {

  static AliasItem parse(String item) {
    int bar = item.indexOf('|');
    return bar < 0
        ? new AliasItem(Optional.empty(), item)
        : new AliasItem(Optional.of(item.substring(0, bar)), item.substring(bar + 1));
  }

  /** The interface, pot's {@code POT_EXTIF} ({@code extif}) when the item names none. */
  String nicOr(String extif) {
    return nic.orElse(extif);
  }

  /**
   * The item as compared: the {@code nic|} kept and the address canonical ({@link
   * IpAddresses#canonical}), so a respelt IPv6 address is no change; text that is no address
   * compares as written.
   */
  String canonical() {
    return nic.map(n -> n + "|").orElse("") + IpAddresses.canonical(ip).orElse(ip);
  }
}
