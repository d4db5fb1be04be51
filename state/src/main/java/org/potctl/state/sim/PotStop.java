package org.potctl.state.sim;

import java.util.List;

/** {@code pot stop} (stop.sh) and the clean-up a non-persistent pot's start ends with. */
final class PotStop {

  private final PotEnv env;
  private final PotStatus status;

  PotStop(PotEnv env) {
    this.env = env;
    this.status = new PotStatus(env);
  }

  int run(PotCommands pot, List<String> args) {
    Getopts g = pot.getopts("stop", args, "hvp:i:s");
    String p = PotLifecycle.name(env, pot, g, "stop", "hvp:i:s");
    return stop(g, p);
  }

  private int stop(Getopts g, String p) {
    if (!env.isPot(p, true)) {
      env.out.error("The pot " + p + " is not a valid pot");
      throw new Out.PotExit(0); // stop.sh:207 exit 0: it also ends a create that runs this stop
    }
    String ifaces = env.ifaces(p);
    int rc = status.transition(p, "stopping", "");
    if (rc == 2 && !g.has('s')) {
      throw env.out.fail("pot " + p + " is already stopping!");
    } else if (rc == 2) {
      env.out.debug("pot " + p + " is already stopping, but we are cleaning up from start-cleanup");
    }
    if (rc == 1) {
      throw env.out.fail("pot " + p + " is not in a state where it can be stopped");
    }
    String given = g.last('i') == null ? "" : g.last('i');
    teardown(p, !given.isEmpty() ? given : rc == 0 ? ifaces : "");
    rc = status.transition(p, "stopped", "");
    if (rc == 2) {
      throw env.out.fail("pot " + p + " is already stopped!");
    }
    return 0;
  }

  /**
   * {@code _js_stop} then {@code _pot_umount} (stop.sh:36-149, 237): the jail removed, its epairs
   * ({@code ifnames}, colon separated) or its aliases named as they go, its redirect anchor
   * flushed, the hooks, then the mounts.
   */
  void teardown(String p, String ifnames) {
    boolean running = env.state.jails.containsKey(p);
    if (running) {
      PotHooks.announce(env, p, "prestop");
      env.out.debug("Stop the pot " + p);
    }
    ConfFile conf = env.conf(p);
    if (!ifnames.isEmpty()) {
      for (String epair : ifnames.split(":")) {
        if (!epair.isEmpty()) {
          env.out.debug("Remove " + epair + " epair network interfaces");
        }
      }
    } else if (conf.getStripped("network_type").equals("alias")) {
      env.out.debug("Remove " + conf.get("ip") + " aliases");
    }
    env.state.jails.remove(p);
    env.state.anchors.remove(PotPorts.anchorName(p));
    PotHooks.announce(env, p, "poststop");
    JailMounts.umount(env, p, running);
  }
}
