package org.potctl.state.sim;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

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
    PotNet net = new PotNet(env);
    net.bridge(name).ifPresent(b -> show(net, b).forEach(env.out::println));
    return 0;
  }

  /** potnet 0.5.0's {@code show -b}: network, broadcast, gateway and the bridge pots inside. */
  private static List<String> show(PotNet net, PotNet.Bridge b) {
    TreeMap<Long, String> db = new TreeMap<>();
    db.put(b.net(), b.name() + " bridge - network ");
    db.put(b.broadcast(), b.name() + " bridge - broadcast ");
    db.put(b.gateway(), b.name() + " bridge - gateway ");
    net.bridgePots(null)
        .forEach(
            (pot, ip) -> {
              if (b.contains(ip)) {
                db.put(ip, pot);
              }
            });
    List<String> lines = new ArrayList<>();
    db.forEach((ip, what) -> lines.add("\t" + PotNet.ip(ip) + "\t" + what));
    return lines;
  }
}
