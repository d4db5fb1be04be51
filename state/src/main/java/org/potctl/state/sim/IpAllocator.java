package org.potctl.state.sim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * potnet's {@code next} and {@code next -b} for many pots in a row: the addresses in use are read
 * once and then kept, so each allocation costs O(1) amortised instead of a scan of every pot. Hands
 * out the same addresses as {@link PotNet} would, pot after pot.
 */
final class IpAllocator {

  private final Set<Long> used;
  private final List<PotNet.Bridge> bridges;
  private final Map<String, Long> cursors = new HashMap<>();

  private IpAllocator(Set<Long> used, List<PotNet.Bridge> bridges) {
    this.used = used;
    this.bridges = bridges;
  }

  /** The addresses of the bridge pots on the host now, and its private bridges. */
  static IpAllocator of(PotEnv env) {
    Set<Long> used = new HashSet<>();
    for (String pot : env.potNames()) {
      ConfFile c = env.conf(pot);
      String type = c.get("network_type");
      String ip = c.get("ip").strip();
      if ((type.equals("public-bridge") || type.equals("private-bridge")) && PotNet.isIpv4(ip)) {
        used.add(PotNet.parse(ip));
      }
    }
    return new IpAllocator(used, new PotNet(env).bridges());
  }

  /**
   * Takes {@code ip} if given, else the first free address of {@code bridge} (or of pot's network).
   *
   * @throws IllegalArgumentException if the address is in use or outside the bridge, or the network
   *     is full
   */
  String take(Optional<String> ip, Optional<String> bridge) {
    Optional<PotNet.Bridge> b = bridge.map(this::bridge);
    if (ip.isPresent()) {
      long a = PotNet.parse(ip.get());
      if (!used.add(a) || b.map(x -> !x.contains(a)).orElse(false)) {
        throw new IllegalArgumentException("address " + ip.get() + " is in use or misplaced");
      }
      return ip.get();
    }
    return PotNet.ip(b.map(this::nextIn).orElseGet(this::nextPublic));
  }

  private PotNet.Bridge bridge(String name) {
    return bridges.stream()
        .filter(x -> x.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no bridge " + name));
  }

  private long nextIn(PotNet.Bridge b) {
    long a = cursors.getOrDefault(b.name(), b.net() + 1);
    while (a < b.broadcast() && (a == b.gateway() || used.contains(a))) {
      a++;
    }
    if (a >= b.broadcast()) {
      throw new IllegalArgumentException("no free address in bridge " + b.name());
    }
    cursors.put(b.name(), a);
    used.add(a);
    return a;
  }

  private long nextPublic() {
    long start = PotNet.parse(PotNet.NETWORK.substring(0, PotNet.NETWORK.indexOf('/')));
    String net = PotNet.NETWORK;
    long end = start + PotNet.size(Integer.parseInt(net.substring(net.indexOf('/') + 1)));
    long a = cursors.getOrDefault("", start);
    while (a < end && reserved(a, start, end)) {
      a++;
    }
    if (a >= end) {
      throw new IllegalArgumentException("no free address in " + PotNet.NETWORK);
    }
    cursors.put("", a);
    used.add(a);
    return a;
  }

  private boolean reserved(long a, long start, long end) {
    return a == start
        || a == end - 1
        || a == PotNet.parse(PotNet.GATEWAY)
        || a == PotNet.parse(PotNet.DNS_IP)
        || used.contains(a)
        || bridges.stream().anyMatch(b -> b.contains(a));
  }
}
