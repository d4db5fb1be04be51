package org.potctl.state.sim;

import java.util.List;
import java.util.Map;

/**
 * Read-only pot sub-commands: {@code config} and {@code version} here, {@code info} ({@link
 * PotInfo}), {@code ls} and {@code ps} ({@link PotList}).
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
      case "info" -> new PotInfo(env, pot).run(pot.getopts(cmd, args, PotInfo.SPEC));
      case "list" ->
          new PotList(env, pot)
              .list(
                  pot.exclusive(
                      cmd,
                      args,
                      PotList.SPEC,
                      "pbfFBa",
                      "Options -b -p -f -F -B -a are mutually exclusive"));
      case "ps" -> new PotList(env, pot).ps(pot.getopts(cmd, args, "hvq"));
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
}
