package org.potctl.state.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.potctl.state.model.IpAddresses;

/**
 * The parameters {@code pot start} gives {@code jail -c} (start.sh:480-640), joined as its debug
 * line {@code Pot P jail params are: …} prints them ({@code exec.start} comes after, not in it):
 * pot's fixed ones, the jail attributes in {@code _POT_JAIL_RW_ATTRIBUTES} order, name, hostname,
 * release, path, persistence and the network.
 */
final class JailParams {

  /** {@code _POT_DEFAULT_<attribute>_N} (common.sh:13-64): the jail parameter of an attribute. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("enforce_statfs", "enforce_statfs"),
          Map.entry("mount", "allow.mount"),
          Map.entry("fdescfs", "mount.fdescfs"),
          Map.entry("linprocfs", "allow.mount.linprocfs"),
          Map.entry("nullfs", "allow.mount.nullfs"),
          Map.entry("procfs", "mount.procfs"),
          Map.entry("tmpfs", "allow.mount.tmpfs"),
          Map.entry("zfs", "allow.mount.zfs"),
          Map.entry("raw_sockets", "allow.raw_sockets"),
          Map.entry("sysvshm", "sysvshm"),
          Map.entry("sysvsem", "sysvsem"),
          Map.entry("sysvmsg", "sysvmsg"),
          Map.entry("children", "children.max"),
          Map.entry("mlock", "allow.mlock"),
          Map.entry("devfs_ruleset", "devfs_ruleset"),
          Map.entry("exec_stop", "exec.stop"),
          Map.entry("stop_timeout", "stop.timeout"));

  private JailParams() {}

  /** The parameters of pot {@code p} of {@code conf} whose epair units are {@code epairs}. */
  static String of(PotEnv env, String p, ConfFile conf, List<Integer> epairs) {
    List<String> params =
        new ArrayList<>(
            List.of(
                "allow.set_hostname=false",
                "allow.raw_sockets",
                "allow.socket_af",
                "allow.chflags",
                "exec.clean",
                "mount.devfs"));
    for (PotAttributes.Attribute a : PotAttributes.ALL) {
      if (a.jail()) {
        attribute(params, a, conf);
      }
    }
    params.add("name=" + p);
    params.add("host.hostname=" + conf.getStripped("host.hostname"));
    params.add("osrelease=" + osRelease(env, p, conf));
    params.add("path=" + env.paths.potDir(p).resolve("m"));
    params.add(conf.getStripped("pot.attr.persistent").equals("NO") ? "nopersist" : "persist");
    params.addAll(network(conf, epairs));
    return String.join(" ", params);
  }

  /**
   * A bool attribute that is {@code YES} gives its name, any other non-empty value {@code
   * name=value}, an empty sysv option its default. A string attribute is read as {@code
   * _get_conf_var_string} does ({@code cut -f2 -d'='}, spaces kept), the others as {@code
   * _get_conf_var} (spaces, tabs and quotes deleted).
   */
  private static void attribute(List<String> params, PotAttributes.Attribute a, ConfFile conf) {
    String name = NAMES.get(a.name());
    String key = "pot.attr." + a.name();
    String value =
        a.kind() == PotAttributes.Kind.STRING ? cutField(conf.get(key)) : conf.getStripped(key);
    if (a.kind() == PotAttributes.Kind.BOOL) {
      if (value.equals("YES")) {
        params.add(name);
      }
    } else if (!value.isEmpty()) {
      params.add(name + "=" + value);
    } else if (a.kind() == PotAttributes.Kind.SYSV) {
      params.add(name + "=" + a.defaultValue());
    }
  }

  private static String cutField(String value) {
    int eq = value.indexOf('=');
    return eq < 0 ? value : value.substring(0, eq);
  }

  /**
   * {@code _get_os_release} (common.sh:931-940): the {@code USERLAND} line of the pot's {@code
   * bin/freebsd-version}, else pot.conf's {@code osrelease}. The simulator's trees have no
   * freebsd-version, so it is the conf's value, which pot wrote from the same release.
   */
  private static String osRelease(PotEnv env, String p, ConfFile conf) {
    Path version = env.paths.potDir(p).resolve("m/bin/freebsd-version");
    if (Files.isReadable(version)) {
      try {
        for (String line : Files.readAllLines(version)) {
          if (line.startsWith("USERLAND")) {
            return cutField(line.substring(line.indexOf('=') + 1)).replace("\"", "");
          }
        }
        return "";
      } catch (IOException e) {
        return conf.getStripped("osrelease");
      }
    }
    return conf.getStripped("osrelease");
  }

  /** start.sh:534-622: the network parameters of each network type and stack. */
  private static List<String> network(ConfFile conf, List<Integer> epairs) {
    String stack = conf.get("pot.stack").isEmpty() ? "ipv4" : conf.getStripped("pot.stack");
    List<String> params = new ArrayList<>();
    switch (conf.getStripped("network_type")) {
      case "inherit" -> {
        if (!stack.equals("ipv6")) {
          params.add("ip4=inherit");
        }
        if (!stack.equals("ipv4")) {
          params.add("ip6=inherit");
        }
      }
      case "alias" -> {
        String v4 = stack.equals("ipv6") ? "" : aliases(conf.get("ip"), false);
        String v6 = stack.equals("ipv4") ? "" : aliases(conf.get("ip"), true);
        if (!v4.isEmpty()) {
          params.add("ip4.addr=" + v4);
        }
        if (!v6.isEmpty()) {
          params.add("ip6.addr=" + v6);
        }
      }
      case "public-bridge", "private-bridge" -> {
        params.add("vnet");
        epairs.forEach(n -> params.add("vnet.interface=epair" + n + "b"));
      }
      default -> {}
    }
    return params;
  }

  /** {@code _get_alias_ipv4} / {@code _get_alias_ipv6} (network.sh:208-258): {@code nic|ip,…}. */
  private static String aliases(String ip, boolean v6) {
    List<String> out = new ArrayList<>();
    for (String item : ip.strip().split("\\s+")) {
      AliasIps.Item parsed = AliasIps.Item.of(item);
      String nic = parsed.nic() == null ? PotPorts.EXTIF : parsed.nic();
      boolean valid =
          IpAddresses.canonical(parsed.address()).filter(c -> c.contains(":") == v6).isPresent();
      if (valid) {
        out.add(nic + "|" + parsed.address());
      }
    }
    return String.join(",", out);
  }
}
