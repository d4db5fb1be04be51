package org.potctl.state.sim;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code pot vnet-start} (vnet-start.sh) and {@code pot start}'s calls of it when a vnet pot finds
 * its bridge down (start.sh:173-180, 222-226, 264-274): {@code pot-cmd vnet-start} in the same
 * shell, so at the start's verbosity. The simulated host's stack is IPv4 and pf has pot's anchors
 * loaded (as on a host that ran {@code pot init} and booted): {@code _ipv4_start} brings the public
 * bridge, or the named private one, up and loads the NAT rule. Bridges take unit numbers in the
 * order they came up (FreeBSD's cloner gives the lowest free unit, and pot destroys no bridge).
 */
final class VnetStart {

  private final PotEnv env;
  private final PotCommands pot;

  VnetStart(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  /**
   * vnet-start.sh:175-222: an unknown option ends the option loop ({@code ?) break}), each {@code
   * -v} before it counts. A bridge that does not exist is only an error line: the status is that of
   * {@code _error}, 0.
   */
  int run(List<String> args) {
    Getopts g = Getopts.parse(args, "hvB:");
    if (g.error() != null) {
      env.out.errln(g.error());
    }
    if (g.has('h')) {
      pot.help("vnet-start", "hvB:");
      return 0;
    }
    g.all('v').forEach(v -> env.out.verbose());
    ipv4Start(g.last('B'));
    return 0;
  }

  /**
   * {@code _js_vnet} / {@code _js_private_vnet} of {@code pot start} for a pot of {@code conf}: a
   * public-bridge pot with an IPv4 stack whose bridge is down says so and calls vnet-start; a
   * private-bridge pot whose bridge is down calls it with {@code -B} after a debug line.
   */
  void ipv4(ConfFile conf) {
    String type = conf.get("network_type");
    if (type.equals("public-bridge")
        && !stack(conf).equals("ipv6")
        && !env.state.bridgesUp.contains("public")) {
      env.out.info("Internal network not found! Calling vnet-start to fix the issue");
      ipv4Start(null);
    } else if (type.equals("private-bridge")
        && !env.state.bridgesUp.contains("private:" + conf.get("bridge"))) {
      env.out.debug("No pot bridge found! Calling vnet-start to fix the issue");
      ipv4Start(conf.get("bridge"));
    }
  }

  /**
   * {@code _js_vnet_ipv6}: a public-bridge pot with an IPv6 stack finds no IPv6 bridge on the
   * simulated host, says so at every start and calls vnet-start, which starts IPv4 only.
   */
  void ipv6(ConfFile conf) {
    if (conf.get("network_type").equals("public-bridge") && !stack(conf).equals("ipv4")) {
      env.out.info("Internal network not found! Calling vnet-start to fix the issue");
      ipv4Start(null);
    }
  }

  private static String stack(ConfFile conf) {
    return conf.get("pot.stack").isEmpty() ? "ipv4" : conf.get("pot.stack");
  }

  /**
   * {@code _ipv4_start} (vnet-start.sh:81-172): IP forwarding on (its old value printed when
   * verbose; the simulator counts it on once any bridge is up), the bridge, and when verbose the
   * NAT rule as {@code pfctl -s nat -a pot-nat} shows it.
   */
  private void ipv4Start(String bridge) {
    if (env.out.isVerbose()) {
      int old = env.state.bridgesUp.isEmpty() ? 0 : 1;
      env.out.println("net.inet.ip.forwarding: " + old + " -> 1");
    }
    if (bridge == null) {
      up("public", Optional.of(PotNet.GATEWAY + " netmask " + PotNet.NETMASK));
    } else if (Files.exists(env.paths.fsRoot().resolve("bridges").resolve(bridge))) {
      up(
          "private:" + bridge,
          new PotNet(env).bridge(bridge).map(b -> PotNet.ip(b.gateway()) + "/" + b.prefix()));
    } else {
      env.out.error(bridge + " is not a valid bridge");
      return;
    }
    if (env.out.isVerbose()) {
      new Pfctl(env.state, env.out).run(List.of("-s", "nat", "-a", "pot-nat"));
    }
  }

  /**
   * {@code _public_bridge_start} / {@code _private_bridge_start}: create and configure, or not. A
   * private bridge file without a subnet (potnet found none free) has no gateway: {@code ifconfig
   * bridgeN inet /} fails.
   */
  private void up(String key, Optional<String> address) {
    List<String> up = new ArrayList<>(env.state.bridgesUp);
    String name = "bridge" + (up.contains(key) ? up.indexOf(key) : up.size());
    if (up.contains(key)) {
      env.out.debug("Bridge " + name + " already present");
      return;
    }
    env.state.bridgesUp.add(key);
    env.out.debug("Bridge created " + name);
    if (address.isEmpty()) {
      env.out.error("Error during bridge configuration (" + name + ")");
    } else {
      env.out.debug("Bridge " + name + " configured with IP " + address.get());
    }
  }
}
