package org.potctl.state.sim;

import java.util.List;
import java.util.Map;

/**
 * Read-only pot sub-commands: {@code config}, {@code info}, {@code ls}, {@code version}, {@code
 * ps}.
 */
final class PotQuery {

  static final String VERSION = "0.16.0";
  private static final List<String> CONFIG_NAMES =
      List.of(
          "fs_root",
          "zfs_root",
          "gateway",
          "syslogd",
          "pot_prefix",
          "fscomp_prefix",
          "network_stack");

  private final PotEnv env;
  private final PotCommands pot;

  PotQuery(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    return switch (cmd) {
      case "config" -> config(pot.getopts(cmd, args, "hvqg:"));
      case "info" -> info(pot.getopts(cmd, args, "hvqp:rB:Es"));
      case "list" -> list(pot.getopts(cmd, args, "hvqpbfFBa"));
      case "ps" -> ps(pot.getopts(cmd, args, "hvq"));
      default -> version(pot.getopts(cmd, args, "hvq"));
    };
  }

  /** version.sh: {@code pot version: X}, or only {@code X} with {@code -q}. */
  private int version(Getopts g) {
    env.out.println(g.has('q') ? VERSION : "pot version: " + VERSION);
    return 0;
  }

  /** {@code pot config [-q] -g NAME}: {@code name = value}, or only the value with {@code -q}. */
  private int config(Getopts g) {
    boolean quiet = false;
    String name = null;
    // config.sh:45-56 checks each -g inside the getopts loop, with the -q seen so far
    for (Getopts.Opt o : g.options()) {
      if (o.letter() == 'q') {
        quiet = true;
      } else if (o.letter() == 'g' && CONFIG_NAMES.contains(o.arg())) {
        name = o.arg();
      } else if (o.letter() == 'g') {
        return configError(quiet, o.arg() + " is not a valid name");
      }
    }
    if (name == null) {
      return configError(quiet, "option -g is mandatory");
    }
    String fr = env.paths.fsRoot().toString();
    Map<String, String[]> values =
        Map.of(
            "fs_root", new String[] {"fs_root", fr},
            "zfs_root", new String[] {"zfs_root", env.paths.zfsRoot()},
            "gateway", new String[] {"gateway", PotNet.GATEWAY},
            "syslogd",
                new String[] {
                  "syslogd flags", "-b 127.0.0.1 -b " + PotNet.GATEWAY + " -a " + PotNet.NETWORK
                },
            "pot_prefix", new String[] {"pot prefix", fr + "/jails"},
            "fscomp_prefix", new String[] {"fscomp prefix", fr + "/fscomp"},
            "network_stack", new String[] {"network stack", "ipv4"});
    String[] v = values.get(name);
    env.out.println(quiet ? v[1] : v[0] + " = " + v[1]);
    return 0;
  }

  private int configError(boolean quiet, String message) {
    if (!quiet) {
      // _qerror $_quiet "…" with _quiet=NO passes NO on to _error (config.sh:53, :66)
      env.out.error("NO " + message);
      pot.help("config", "hvqg:");
    }
    return 1;
  }

  private int info(Getopts g) {
    String p = g.last('p');
    if (p == null && g.last('B') == null) {
      env.out.error("Option -p or -b are mandatory");
      pot.help("info", "hvqp:rB:Es");
      return 1;
    }
    if (p == null) {
      return bridgeInfo(g.last('B'));
    }
    if (!env.isPot(p, true)) {
      if (!g.has('q')) {
        env.out.error(p + " is not a pot");
      }
      pot.help("info", "hvqp:rB:Es");
      return 1;
    }
    if (g.has('r')) {
      return env.running(p) ? 0 : 1;
    }
    if (g.has('q')) {
      return 0;
    }
    ConfFile c = env.conf(p);
    if (g.has('E')) {
      env.out.println("export _POT_NAME=" + p);
      env.out.println("export _POT_IP=" + c.get("ip").strip().split("\\s+")[0]);
      return 0;
    }
    env.out.println("pot name : " + p);
    env.out.println("\ttype : " + c.get("pot.type"));
    env.out.println("\tbase : " + c.get("pot.base"));
    env.out.println("\tlevel : " + c.get("pot.level"));
    env.out.println("\tnetwork_type : " + c.get("network_type"));
    if (!c.get("network_type").equals("inherit")) {
      env.out.println("\tip : " + c.get("ip"));
    }
    if (!c.get("bridge").isEmpty()) {
      env.out.println("\tbridge : " + c.get("bridge"));
    }
    env.out.println("\tactive : " + env.running(p));
    env.out.println("");
    return 0;
  }

  private int bridgeInfo(String bridge) {
    PotNet net = new PotNet(env);
    PotNet.Bridge b =
        net.bridge(bridge).orElseThrow(() -> env.out.fail(bridge + " is not a valid bridge"));
    env.out.println("\t" + b.cidr() + "\tnetwork");
    env.out.println("\t" + PotNet.ip(b.gateway()) + "\tgateway");
    return 0;
  }

  private int list(Getopts g) {
    boolean quiet = g.has('q');
    if (g.has('b')) {
      return names(PotEnv.listDirs(env.paths.fsRoot().resolve("bases")), "bases: ", quiet);
    }
    if (g.has('f')) {
      List<String> fscomps =
          PotEnv.listDirs(env.paths.fsRoot().resolve("fscomp")).stream()
              .filter(f -> env.datasetExists(env.paths.fscompDataset(f)))
              .toList();
      return names(fscomps, "fscomp: ", quiet);
    }
    if (g.has('F')) {
      List<String> flv =
          PotEnv.listFiles(env.paths.flavours()).stream()
              .map(f -> f.endsWith(".sh") ? f.substring(0, f.length() - 3) : f)
              .distinct()
              .toList();
      return names(flv, "flavour: ", quiet);
    }
    if (g.has('B')) {
      return names(PotEnv.listFiles(env.paths.bridges()), "bridge: ", quiet);
    }
    List<String> pots = env.potNames();
    if (quiet) {
      pots.forEach(env.out::println);
      return 0;
    }
    if (pots.isEmpty()) {
      env.out.println("No pot created yet...");
    }
    for (String p : pots) {
      ConfFile c = env.conf(p);
      env.out.println("pot name : " + p);
      env.out.println("\tnetwork : " + c.get("network_type"));
      if (!c.get("network_type").equals("inherit")) {
        env.out.println("\tip : " + c.get("ip"));
      }
      env.out.println("\tactive : " + env.running(p));
      env.out.println("");
    }
    return 0;
  }

  private int names(List<String> names, String prefix, boolean quiet) {
    names.forEach(n -> env.out.println(quiet ? n : prefix + n));
    return 0;
  }

  private int ps(Getopts g) {
    if (!g.has('q')) {
      env.out.info("Internal network up");
    }
    env.state.jails.keySet().forEach(env.out::println);
    return 0;
  }
}
