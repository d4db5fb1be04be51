package org.potctl.state.sim;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.potctl.state.model.IpAddresses;

/**
 * potnet's address database, built from files only (pot.md §4.2–4.3): pot's network and its
 * reserved addresses, bridge pots' {@code ip=}, and every address of every private bridge.
 */
final class PotNet {

  static final String NETWORK = "10.192.0.0/10";
  static final String NETMASK = "255.192.0.0";
  static final String GATEWAY = "10.192.0.1";
  static final String DNS_IP = "10.192.0.2";

  /** A private bridge file: {@code net=}, {@code gateway=}, {@code name=}. */
  record Bridge(String name, long net, int prefix, long gateway) {
    long broadcast() {
      return net + size(prefix) - 1;
    }

    String cidr() {
      return ip(net) + "/" + prefix;
    }

    boolean contains(long a) {
      return a >= net && a <= broadcast();
    }
  }

  private final PotEnv env;

  PotNet(PotEnv env) {
    this.env = env;
  }

  static long size(int prefix) {
    return 1L << (32 - prefix);
  }

  static long parse(String ip) {
    String[] p = ip.split("\\.");
    if (p.length != 4) {
      throw new IllegalArgumentException(ip);
    }
    long v = 0;
    for (String part : p) {
      int octet = Integer.parseInt(part);
      if (octet < 0 || octet > 255) {
        throw new IllegalArgumentException(ip);
      }
      v = (v << 8) | octet;
    }
    return v;
  }

  static boolean isIpv4(String ip) {
    try {
      parse(ip);
      return ip.matches("[0-9.]+");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** potnet's ip6check: an IPv6 address. */
  static boolean isIpv6(String ip) {
    return ip.contains(":") && IpAddresses.canonical(ip).isPresent();
  }

  static String ip(long v) {
    return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
  }

  private static long netStart() {
    return parse(NETWORK.substring(0, NETWORK.indexOf('/')));
  }

  private static int netPrefix() {
    return Integer.parseInt(NETWORK.substring(NETWORK.indexOf('/') + 1));
  }

  List<Bridge> bridges() {
    return PotEnv.listFiles(env.paths.bridges()).stream()
        .map(this::bridge)
        .flatMap(Optional::stream)
        .toList();
  }

  Optional<Bridge> bridge(String name) {
    ConfFile f = ConfFile.read(env.paths.bridges().resolve(name));
    if (!f.exists() || f.get("net").isEmpty()) {
      return Optional.empty();
    }
    String net = f.get("net").strip();
    int slash = net.indexOf('/');
    return Optional.of(
        new Bridge(
            name,
            parse(net.substring(0, slash)),
            Integer.parseInt(net.substring(slash + 1)),
            parse(f.get("gateway").strip())));
  }

  /** Addresses of bridge pots: those on the public bridge, or on bridge {@code b}. */
  private Set<Long> potAddresses(String onlyBridge) {
    return new HashSet<>(bridgePots(onlyBridge).values());
  }

  /**
   * Every bridge pot with an IPv4 address (only those of private bridge {@code onlyBridge} unless
   * null), by name, as potnet reads pots' confs.
   */
  Map<String, Long> bridgePots(String onlyBridge) {
    Map<String, Long> pots = new LinkedHashMap<>();
    for (String pot : env.potNames()) {
      ConfFile c = env.conf(pot);
      String type = c.get("network_type");
      boolean bridgePot = type.equals("public-bridge") || type.equals("private-bridge");
      if (bridgePot
          && isIpv4(c.get("ip").strip())
          && (onlyBridge == null || onlyBridge.equals(c.get("bridge")))) {
        pots.put(pot, parse(c.get("ip").strip()));
      }
    }
    return pots;
  }

  /** The public address database: reserved addresses, bridge pots, whole private bridges. */
  private record Db(Set<Long> pots, List<Bridge> bridges) {
    boolean used(long a) {
      long start = netStart();
      return a == start
          || a == start + size(netPrefix()) - 1
          || a == parse(GATEWAY)
          || a == parse(DNS_IP)
          || pots.contains(a)
          || bridges.stream().anyMatch(b -> b.contains(a));
    }
  }

  private Db db() {
    return new Db(potAddresses(null), bridges());
  }

  /** {@code potnet next}: the first free address of pot's network. */
  Optional<String> next() {
    Db db = db();
    long start = netStart();
    for (long a = start; a < start + size(netPrefix()); a++) {
      if (!db.used(a)) {
        return Optional.of(ip(a));
      }
    }
    return Optional.empty();
  }

  /** {@code potnet next -b B}: the first free host address of the bridge's subnet. */
  Optional<String> next(Bridge b) {
    Set<Long> used = potAddresses(b.name());
    for (long a = b.net() + 1; a < b.broadcast(); a++) {
      if (a != b.gateway() && !used.contains(a)) {
        return Optional.of(ip(a));
      }
    }
    return Optional.empty();
  }

  /** {@code potnet validate -H ip}: empty if usable, else potnet's complaint. */
  Optional<String> validate(String ip) {
    if (!isIpv4(ip)) {
      return Optional.of("Address not valid");
    }
    long a = parse(ip);
    if (a < netStart() || a >= netStart() + size(netPrefix())) {
      return Optional.of("Address outside the network");
    }
    return db().used(a) ? Optional.of("Address already in use") : Optional.empty();
  }

  /** {@code potnet validate -H ip -b B}. */
  Optional<String> validate(String ip, Bridge b) {
    if (!isIpv4(ip) || !b.contains(parse(ip))) {
      return Optional.of("Ip outside the bridge network");
    }
    long a = parse(ip);
    if (a == b.net()
        || a == b.broadcast()
        || a == b.gateway()
        || potAddresses(b.name()).contains(a)) {
      return Optional.of("Ip already used");
    }
    return Optional.empty();
  }

  /** pot's bridge sizing: the smallest prefix whose {@code 2^k - 2 >= hosts} (k ≥ 2). */
  static int prefixFor(int hosts) {
    int k = 2;
    while ((1L << k) - 2 < hosts) {
      k++;
    }
    return 32 - k;
  }

  /** {@code potnet new-net -s n}: the first subnet of that size holding no used address. */
  Optional<Bridge> newNet(String name, int hosts) {
    int prefix = prefixFor(hosts);
    long step = size(prefix);
    Db db = db();
    for (long net = netStart(); net + step <= netStart() + size(netPrefix()); net += step) {
      boolean free = true;
      for (long a = net; a < net + step && free; a++) {
        free = !db.used(a);
      }
      if (free) {
        return Optional.of(new Bridge(name, net, prefix, net + 1));
      }
    }
    return Optional.empty();
  }
}
