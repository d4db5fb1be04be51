package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code pot info -E} ({@code _info_pot_env}, info.sh:22-58): a pot as {@code export} lines, an
 * alias pot's addresses one by one as pot's shell splits them.
 */
final class PotInfoEnv {

  private PotInfoEnv() {}

  static void print(PotEnv env, String p) {
    ConfFile c = env.conf(p);
    String type = c.getStripped("network_type");
    env.out.println("export _POT_NAME=" + p);
    if (!type.equals("alias")) {
      env.out.println("export _POT_IP=" + c.get("ip"));
    } else {
      aliases(env, c);
    }
    if (type.equals("private-bridge")) {
      env.out.println("export _POT_BRIDGE=" + c.getStripped("bridge"));
    }
    SimJail jail = env.state.jails.get(p);
    if (jail != null) {
      env.out.println("export _POT_JID=" + jail.jid());
    }
  }

  /**
   * {@code _get_alias_ipv4} and {@code _get_alias_ipv6} (network.sh:208-258) join their items with
   * commas, the loop splits only at the space between the two: of several IPv4 items one variable
   * gets the first item's nic and the last item's address, as pot prints it.
   */
  private static void aliases(PotEnv env, ConfFile c) {
    String stack = c.getStripped("pot.stack");
    stack = stack.isEmpty() ? "ipv4" : stack; // the simulated host's POT_NETWORK_STACK
    String all = c.get("ip");
    String v4 = stack.equals("ipv6") ? "" : family(all, false);
    String v6 = stack.equals("ipv4") ? "" : family(all, true);
    List<String> ips = new ArrayList<>();
    List<String> nics = new ArrayList<>();
    for (String item : (v4 + " " + v6).strip().split("\\s+")) {
      if (item.isEmpty()) {
        continue;
      }
      String nic = item.substring(0, item.contains("|") ? item.indexOf('|') : item.length());
      String ip = item.substring(item.lastIndexOf('|') + 1);
      int idx = ips.size();
      if (idx == 0) {
        env.out.println("export _POT_IP=" + ip);
      }
      env.out.println("export _POT_IP_" + idx + "=" + ip);
      env.out.println("export _POT_NIC_" + idx + "=" + nic);
      ips.add("_POT_IP_" + idx);
      nics.add("_POT_NIC_" + idx);
    }
    env.out.println("export _POT_IP_LIST=" + String.join("\\ ", ips));
    env.out.println("export _POT_NIC_LIST=" + String.join("\\ ", nics));
  }

  /** The items of one address family, {@code nic|ip} joined by commas. */
  private static String family(String all, boolean v6) {
    List<String> out = new ArrayList<>();
    for (String item : all.strip().split("\\s+")) {
      if (item.isEmpty()) {
        continue;
      }
      AliasIps.Item parsed = AliasIps.Item.of(item);
      String nic = parsed.nic() == null ? PotPorts.EXTIF : parsed.nic();
      String ip = parsed.address();
      if (v6 ? PotNet.isIpv6(ip) : PotNet.isIpv4(ip)) {
        out.add(nic + "|" + ip);
      }
    }
    return String.join(",", out);
  }

  /** {@code _get_pot_export_ports} (common.sh:590-597): lines naming it with exactly one '='. */
  static String exportPorts(ConfFile c) {
    List<String> values = new ArrayList<>();
    for (String line : c.lines()) {
      String[] parts = line.split("=", -1);
      if (line.contains("pot.export.ports") && parts.length == 2) {
        values.add(parts[1]);
      }
    }
    return String.join("\n", values);
  }
}
