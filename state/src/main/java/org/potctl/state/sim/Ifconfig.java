package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code ifconfig -a} on the simulated host, in FreeBSD 14's format: {@code em0} ({@code
 * POT_EXTIF}, {@value #HOST_ADDRESS}/24), {@code lo0}, pot's public bridge (POT_GATEWAY) and each
 * private bridge (its gateway) once {@code vnet-start} brought it up, the host side of each running
 * vnet pot's epair, and the addresses jail(8) adds for a running {@code alias} pot ({@code ifconfig
 * NIC inet IP netmask 255.255.255.255 alias}, IPv6 {@code prefixlen 128}; removed again when the
 * jail stops), on its NIC ({@code POT_EXTIF} when the item names none). Only {@code -a} is
 * simulated (the one form the runner allows).
 */
final class Ifconfig {

  /** The simulated host's own address on {@code em0}. */
  static final String HOST_ADDRESS = "192.0.2.10";

  private static final String ETHER_FLAGS =
      "flags=1008843<UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST,LOWER_UP> metric 0 mtu 1500";

  private final PotEnv env;

  Ifconfig(PotEnv env) {
    this.env = env;
  }

  int run(List<String> args) {
    if (!args.equals(List.of("-a"))) {
      env.out.errln("ifconfig: only 'ifconfig -a' is simulated");
      return 1;
    }
    Map<String, List<String>> aliases = aliases();
    em0(aliases.getOrDefault(PotPorts.EXTIF, List.of()));
    lo0(aliases.getOrDefault("lo0", List.of()));
    bridges();
    epairs();
    return 0;
  }

  private void em0(List<String> aliases) {
    env.out.println(PotPorts.EXTIF + ": " + ETHER_FLAGS);
    env.out.println("\toptions=4e524bb<RXCSUM,TXCSUM,VLAN_MTU,VLAN_HWTAGGING,JUMBO_MTU,LRO>");
    env.out.println("\tether 58:9c:fc:00:00:01");
    env.out.println("\tinet " + HOST_ADDRESS + " netmask 0xffffff00 broadcast 192.0.2.255");
    aliases.stream().filter(a -> !a.contains(":")).forEach(a -> env.out.println(alias4(a)));
    env.out.println("\tinet6 fe80::5a9c:fcff:fe00:1%em0 prefixlen 64 scopeid 0x1");
    aliases.stream().filter(a -> a.contains(":")).forEach(a -> env.out.println(alias6(a)));
    env.out.println("\tmedia: Ethernet autoselect (1000baseT <full-duplex>)");
    env.out.println("\tstatus: active");
    env.out.println("\tnd6 options=23<PERFORMNUD,ACCEPT_RTADV,AUTO_LINKLOCAL>");
  }

  private void lo0(List<String> aliases) {
    env.out.println(
        "lo0: flags=1008049<UP,LOOPBACK,RUNNING,MULTICAST,LOWER_UP> metric 0 mtu 16384");
    env.out.println("\toptions=680003<RXCSUM,TXCSUM,LINKSTATE,RXCSUM_IPV6,TXCSUM_IPV6>");
    env.out.println("\tinet 127.0.0.1 netmask 0xff000000");
    aliases.stream().filter(a -> !a.contains(":")).forEach(a -> env.out.println(alias4(a)));
    env.out.println("\tinet6 ::1 prefixlen 128");
    env.out.println("\tinet6 fe80::1%lo0 prefixlen 64 scopeid 0x2");
    aliases.stream().filter(a -> a.contains(":")).forEach(a -> env.out.println(alias6(a)));
    env.out.println("\tgroups: lo");
    env.out.println("\tnd6 options=21<PERFORMNUD,AUTO_LINKLOCAL>");
  }

  private static String alias4(String ip) {
    return "\tinet " + ip + " netmask 0xffffffff broadcast " + ip;
  }

  private static String alias6(String ip) {
    return "\tinet6 " + ip + " prefixlen 128";
  }

  /**
   * pot's bridges that are up, numbered in the order they came up (vnet-start.sh:20-50). A private
   * bridge whose file is gone keeps its interface; the simulator no longer knows its address.
   */
  private void bridges() {
    int n = 0;
    for (String up : env.state.bridgesUp) {
      if (up.equals("public")) {
        bridge(n, "pot public bridge", PotNet.GATEWAY, 10, PotNet.parse("10.192.0.0"));
      } else {
        Optional<PotNet.Bridge> b = new PotNet(env).bridge(up.substring("private:".length()));
        if (b.isPresent()) {
          bridge(
              n,
              "pot private bridge",
              PotNet.ip(b.get().gateway()),
              b.get().prefix(),
              b.get().net());
        } else {
          env.out.println("bridge" + n + ": " + ETHER_FLAGS);
          env.out.println("\tdescription: pot private bridge");
          env.out.println("\tgroups: bridge pot");
        }
      }
      n++;
    }
  }

  private void bridge(int n, String descr, String gateway, int prefix, long net) {
    long mask = (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    env.out.println("bridge" + n + ": " + ETHER_FLAGS);
    env.out.println("\tdescription: " + descr);
    env.out.println("\tether 58:9c:fc:10:00:0" + n);
    env.out.println(
        "\tinet "
            + gateway
            + " netmask 0x"
            + String.format(java.util.Locale.ROOT, "%08x", mask)
            + " broadcast "
            + PotNet.ip(net + PotNet.size(prefix) - 1));
    env.out.println("\tgroups: bridge pot");
    env.out.println("\tnd6 options=9<PERFORMNUD,IFDISABLED>");
  }

  /** The renamed a-side of each running vnet pot's epairs (start.sh:148-160); no address. */
  private void epairs() {
    for (Map.Entry<String, String> side : epairSides().entrySet()) {
      env.out.println(
          side.getKey()
              + ": flags=8963<UP,BROADCAST,RUNNING,PROMISC,SIMPLEX,MULTICAST> metric 0 mtu 1500");
      env.out.println("\tdescription: " + side.getValue());
      env.out.println("\tgroups: epair pot");
      env.out.println("\tstatus: active");
    }
  }

  /** Each running vnet pot's renamed epair a-side, with the pot's name, in jail order. */
  private Map<String, String> epairSides() {
    Map<String, String> sides = new LinkedHashMap<>();
    for (SimJail jail : env.state.jails.values()) {
      for (String side : env.ifaces(jail.name()).split(":")) {
        if (side.startsWith("p")) {
          sides.put(side, jail.name());
        }
      }
    }
    return sides;
  }

  /**
   * The interfaces {@link #run} lists, in its order: what {@code ifconfig NIC} knows (pot's {@code
   * _is_valid_netif}, network.sh:157).
   */
  List<String> names() {
    List<String> names = new ArrayList<>(List.of(PotPorts.EXTIF, "lo0"));
    for (int n = 0; n < env.state.bridgesUp.size(); n++) {
      names.add("bridge" + n);
    }
    names.addAll(epairSides().keySet());
    return names;
  }

  /**
   * The addresses jail(8) added for each running alias pot, by interface: the pot's IPv4 items
   * unless its stack is ipv6, its IPv6 items unless it is ipv4 (start.sh:559-590).
   */
  private Map<String, List<String>> aliases() {
    Map<String, List<String>> byNic = new TreeMap<>();
    for (SimJail jail : env.state.jails.values()) {
      ConfFile conf = ConfFile.read(env.paths.confDir(jail.name()).resolve("pot.conf"));
      if (!conf.exists() || !conf.get("network_type").equals("alias")) {
        continue;
      }
      String stack = conf.get("pot.stack").isEmpty() ? "ipv4" : conf.get("pot.stack");
      for (String item : conf.get("ip").strip().split("\\s+")) {
        int bar = item.indexOf('|');
        String nic = bar < 0 ? PotPorts.EXTIF : item.substring(0, bar);
        String ip = item.substring(bar + 1);
        boolean v6 = ip.contains(":");
        if (!ip.isEmpty() && (v6 ? !stack.equals("ipv4") : !stack.equals("ipv6"))) {
          byNic.computeIfAbsent(nic, k -> new ArrayList<>()).add(ip);
        }
      }
    }
    return byNic;
  }
}
