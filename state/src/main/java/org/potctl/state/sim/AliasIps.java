package org.potctl.state.sim;

import java.util.List;
import java.util.Optional;
import org.potctl.state.model.IpAddresses;

/**
 * {@code pot create}'s check of an alias network's {@code -i} items, {@code _validate_alias_ipaddr}
 * (network.sh:262-296), its failure reported by {@code _validate_network_param} (:329-331): each
 * {@code nic|ip} item's nic must be an interface {@code ifconfig} knows, each address must be one,
 * and an ipv4 (ipv6) stack needs an IPv4 (IPv6) address among them.
 */
final class AliasIps {

  private AliasIps() {}

  /**
   * One {@code nic|ip} item as pot's scripts cut it ({@code cut -f 1 -d '|'}, {@code cut -f 2 -d
   * '|'}); {@code nic} is null for an item without a bar, {@code address} is then the whole item.
   */
  record Item(String nic, String address) {
    static Item of(String item) {
      int bar = item.indexOf('|');
      return bar < 0
          ? new Item(null, item)
          : new Item(item.substring(0, bar), item.substring(bar + 1).split("\\|", -1)[0]);
    }
  }

  /** Fails the command as pot does when {@code ip} (the items, space separated) is refused. */
  static void validate(PotEnv env, String ip, String stack) {
    Optional<String> problem = problem(env, ip, stack);
    if (problem.isPresent()) {
      env.out.error(problem.get());
      throw env.out.fail(ip + " is not a valid alias configuration");
    }
  }

  private static Optional<String> problem(PotEnv env, String ip, String stack) {
    boolean v4 = false;
    boolean v6 = false;
    List<String> nics = null; // ifconfig's interfaces, listed once, when an item names one
    for (String item : ip.strip().split("\\s+")) {
      Item parsed = Item.of(item);
      String address = parsed.address();
      if (parsed.nic() != null) {
        nics = nics == null ? new Ifconfig(env).names() : nics;
        if (!nics.contains(parsed.nic())) {
          return Optional.of(parsed.nic() + " is not a valid network interface");
        }
      }
      Optional<String> canonical = IpAddresses.canonical(address);
      if (canonical.isEmpty()) {
        return Optional.of(address + " is not a valid IP address");
      }
      v6 |= canonical.get().contains(":");
      v4 |= !canonical.get().contains(":");
    }
    if (stack.equals("ipv4") && !v4) {
      return Optional.of("Stack is ipv4 but not ipv4 address has been provided");
    }
    if (stack.equals("ipv6") && !v6) {
      return Optional.of("Stack is ipv6 but not ipv6 address has been provided");
    }
    return Optional.empty();
  }
}
