package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.List;

/** A starting pot's network side as pot names it: epair units, status interfaces, alias IP. */
final class JailNetwork {

  private JailNetwork() {}

  /**
   * The status file's interfaces (start.sh:633-634): {@code "$epair4a:$epair6a"} with only a
   * leading colon stripped, so an IPv4-only vnet pot keeps a trailing colon. pot names an epair
   * {@code p4<date hex><pid hex>}; the simulator uses the jid for the pid.
   */
  static String ifaces(PotEnv env, ConfFile conf, int jid) {
    return ifaces(conf, Long.toHexString(env.now()) + Integer.toHexString(jid));
  }

  /** The status file's interfaces of a pot of {@code conf} whose epairs end in {@code suffix}. */
  static String ifaces(ConfFile conf, String suffix) {
    String type = conf.get("network_type");
    String stack = conf.get("pot.stack").isEmpty() ? "ipv4" : conf.get("pot.stack");
    boolean v4 =
        type.equals("private-bridge") || (type.equals("public-bridge") && !stack.equals("ipv6"));
    boolean v6 = type.equals("public-bridge") && !stack.equals("ipv4");
    String joined = (v4 ? "p4" + suffix : "") + ":" + (v6 ? "p6" + suffix : "");
    return joined.startsWith(":") ? joined.substring(1) : joined;
  }

  /**
   * The epair units {@code ifconfig epair create} gives a vnet pot (start.sh:142-166, 596-622): one
   * for IPv4 (public-bridge with an ipv4 or dual stack, private-bridge), then one for IPv6
   * (public-bridge, ipv6 or dual), each the lowest unit free.
   */
  static List<Integer> epairs(PotEnv env, ConfFile conf) {
    String type = conf.get("network_type");
    String stack = conf.get("pot.stack").isEmpty() ? "ipv4" : conf.get("pot.stack");
    List<Integer> units = new ArrayList<>();
    boolean v4 =
        type.equals("private-bridge") || type.equals("public-bridge") && !stack.equals("ipv6");
    if (v4) {
      units.add(env.state.freeEpair(units));
    }
    if (type.equals("public-bridge") && !stack.equals("ipv4")) {
      units.add(env.state.freeEpair(units));
    }
    return units;
  }

  /** The first address of an alias pot's {@code ip} items, as jls shows it. */
  static String firstAliasIp(String ip) {
    String first = ip.strip().split("\\s+")[0];
    return first.contains("|") ? first.substring(first.indexOf('|') + 1) : first;
  }
}
