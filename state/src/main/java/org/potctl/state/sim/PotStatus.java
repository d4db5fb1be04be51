package org.potctl.state.sim;

import java.util.List;

/** pot's internal {@code set-status} (set-status.sh) and the state machine it keeps. */
final class PotStatus {

  private final PotEnv env;

  PotStatus(PotEnv env) {
    this.env = env;
  }

  private static final List<String> STATUSES =
      List.of("starting", "doa", "started", "stopping", "stopped");

  /**
   * set-status.sh:86-93: a status outside pot's list is only reported while the options are read
   * (before getopts' complaint of a later option), and the last valid one (or none) stays.
   */
  int run(PotCommands pot, String cmd, List<String> args) {
    Getopts g =
        pot.getopts(
            cmd,
            args,
            "hvp:i:s:",
            o -> {
              if (o.letter() == 's' && !STATUSES.contains(o.arg())) {
                env.out.error(o.arg() + " is not a valid status");
              }
            });
    String p = g.last('p');
    String s = "";
    for (String each : g.all('s')) {
      if (STATUSES.contains(each)) {
        s = each;
      }
    }
    if (p == null || p.isEmpty()) { // set-status.sh:100-104, with the help
      throw pot.refused(cmd, "hvp:i:s:", "A pot name is mandatory");
    }
    if (!env.isPot(p, false)) {
      throw env.out.fail(p + " is not a pot");
    }
    int rc = transition(p, s, g.last('i') == null ? "" : g.last('i'));
    if (rc == 0 && s.equals("stopping")) {
      env.out.println(env.ifaces(p));
    }
    return rc;
  }

  /** pot's state machine: 0 done, 1 not allowed from the current state, 2 already there. */
  int transition(String p, String to, String ifaces) {
    String current = env.status(p);
    if (current.equals(to)) {
      return 2;
    }
    boolean allowed =
        switch (to) {
          case "starting" -> current.isEmpty() || current.equals("stopped");
          case "started", "doa" -> current.equals("starting");
          case "stopping" -> List.of("started", "doa", "stopped").contains(current);
          case "stopped" -> current.equals("stopping");
          default -> true; // no status: no case of set-status.sh:119-148 refuses it
        };
    if (!allowed) {
      return 1;
    }
    String keep =
        to.equals("stopping")
            ? env.ifaces(p)
            : to.equals("started") || to.equals("doa") || to.isEmpty() ? ifaces : "";
    env.setStatus(p, to, keep);
    return 0;
  }
}
