package org.potctl.state.sim;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.potctl.state.model.IpAddresses;

/** {@code pot info -B} (info.sh:150-160, 247-257): a private bridge as potnet shows it. */
final class PotInfoBridge {

  private PotInfoBridge() {}

  static int print(PotEnv env, String name, boolean quiet) {
    if (!Files.exists(env.paths.bridges().resolve(name))) {
      if (!quiet) {
        env.out.error("NO " + name + " is not a bridge");
      }
      return 1;
    }
    if (quiet) {
      return 0;
    }
    new PotNet(env).bridge(name).ifPresent(b -> show(env, b).forEach(env.out::println));
    return 0;
  }

  /** potnet 0.5.0's {@code show -b}: network, broadcast, gateway and the bridge pots inside. */
  private static List<String> show(PotEnv env, PotNet.Bridge b) {
    TreeMap<Long, String> db = new TreeMap<>();
    db.put(b.net(), b.name() + " bridge - network ");
    db.put(b.broadcast(), b.name() + " bridge - broadcast ");
    db.put(b.gateway(), b.name() + " bridge - gateway ");
    for (String p : env.potNames()) {
      ConfFile c = env.conf(p);
      String type = c.get("network_type");
      String ip = c.get("ip").strip();
      if ((type.equals("public-bridge") || type.equals("private-bridge"))
          && PotNet.isIpv4(ip)
          && b.contains(PotNet.parse(ip))) {
        db.put(PotNet.parse(ip), p);
      }
    }
    List<String> lines = new ArrayList<>();
    db.forEach((ip, what) -> lines.add("\t" + PotNet.ip(ip) + "\t" + what));
    return lines;
  }

  /** potnet's ip6check: an IPv6 address. */
  static boolean isIpv6(String ip) {
    return ip.contains(":") && IpAddresses.canonical(ip).isPresent();
  }
}
