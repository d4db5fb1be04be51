package org.potctl.state.sim;

import java.util.List;

/**
 * {@code pot start}, {@code pot stop} and the internal {@code pot set-status} (pot.md §6.4–6.6).
 */
final class PotLifecycle {

  private final PotEnv env;
  private final PotCommands pot;

  PotLifecycle(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    return switch (cmd) {
      case "start" -> start(pot.getopts(cmd, args, "hvsSp:"));
      case "stop" -> stop(pot.getopts(cmd, args, "hvp:i:s"));
      default -> setStatus(pot.getopts(cmd, args, "hvp:i:s:"));
    };
  }

  private String name(Getopts g, String cmd, String spec) {
    String name = g.last('p') != null ? g.last('p') : g.operands().stream().findFirst().orElse("");
    if (name.isEmpty()) {
      env.out.error("A pot name is mandatory");
      pot.help(cmd, spec);
      throw new Out.PotExit(1);
    }
    return name;
  }

  private int start(Getopts g) {
    String p = name(g, "start", "hvsSp:");
    if (!env.isPot(p, false)) {
      return 1;
    }
    if (env.running(p)) {
      return 0;
    }
    ConfFile conf = env.conf(p);
    if (!conf.get("ip4").isEmpty() || !conf.get("pot.export.static.ports").isEmpty()) {
      env.out.error("Configuration file for " + p + " contains obsolete elements");
      throw env.out.fail("Please run pot update-config -p " + p + " to fix");
    }
    if (conf.get("network_type").equals("private-bridge") && conf.get("pot.stack").equals("ipv6")) {
      throw env.out.fail("private-bridge network type is not compatible with ipv6 stack");
    }
    int rc = transition(p, "starting", "");
    if (rc == 2) {
      throw env.out.fail("pot " + p + " is already starting");
    } else if (rc == 1) {
      throw env.out.fail("pot " + p + " is not in a state where it can start");
    }
    for (String dep : conf.all("pot.depend")) {
      startDependency(dep);
    }
    if (g.has('s') || g.has('S')) {
      env.zfsOrFail(
          "snapshot failed", "snapshot", "-r", env.paths.jailDataset(p) + "@" + env.now());
    }
    mount(p);
    vnetStart(conf);
    new PotPorts(env).load(p, conf); // _js_export_ports, before the jail (start.sh:607, 630)
    PotHooks.announce(env, p, "prestart");
    env.out.info("Starting the pot " + p);
    boolean vnet = conf.get("vnet").equals("true");
    String jailIp = conf.get("network_type").equals("alias") ? firstAliasIp(conf.get("ip")) : "";
    SimJail jail =
        env.state.addJail(
            p,
            conf.getStripped("host.hostname"),
            env.paths.potDir(p).resolve("m").toString(),
            jailIp,
            vnet);
    env.out.println(p + ": created"); // jail(8) -c
    PotHooks.announce(env, p, "poststart");
    String ifaces = ifaces(conf, jail.jid());
    if (conf.get("pot.attr.prunable").equals("YES")) {
      conf.set("pot.attr.to-be-pruned", "YES").save();
    }
    transition(p, "started", ifaces);
    AtomicFiles.write(env.paths.confDir(p).resolve(".last_run_stats"), "{ \"ExitCode\": 0 }\n");
    if (conf.get("pot.attr.persistent").equals("NO")) {
      // start.sh:709: set-status stopping echoes the interfaces, and start does not capture it
      transition(p, "stopping", "");
      env.out.println(env.ifaces(p));
      teardown(p);
      transition(p, "stopped", "");
    }
    return 0;
  }

  /**
   * The status file's interfaces (start.sh:633-634): {@code "$epair4a:$epair6a"} with only a
   * leading colon stripped, so an IPv4-only vnet pot keeps a trailing colon. pot names an epair
   * {@code p4<date hex><pid hex>}; the simulator uses the jid for the pid.
   */
  private String ifaces(ConfFile conf, int jid) {
    return ifaces(conf, Long.toHexString(env.now()) + Integer.toHexString(jid));
  }

  /** The status file's interfaces of a pot of {@code conf} whose epairs end in {@code suffix}. */
  static String ifaces(ConfFile conf, String suffix) {
    String type = conf.get("network_type");
    String stack = conf.get("pot.stack").isEmpty() ? "ipv4" : conf.get("pot.stack");
    boolean v4 =
        type.equals("private-bridge") || (type.equals("public-bridge") && !stack.equals("ipv6"));
    boolean v6 = type.equals("public-bridge") && !stack.equals("ipv4");
    String joined = (v4 ? "p4" + suffix : "") + ":" + (v6 ? "p6" + suffix : "");
    return joined.startsWith(":") ? joined.substring(1) : joined;
  }

  /**
   * start.sh:173-180, 222-226, 270-274: a vnet pot finding its bridge down runs {@code pot
   * vnet-start}; for the public bridge it says so. The simulated host's stack is IPv4, so
   * vnet-start never brings an IPv6 bridge up and an IPv6 pot says it at every start.
   */
  private void vnetStart(ConfFile conf) {
    String type = conf.get("network_type");
    String stack = conf.get("pot.stack").isEmpty() ? "ipv4" : conf.get("pot.stack");
    if (type.equals("public-bridge")) {
      if (!stack.equals("ipv6") && env.state.bridgesUp.add("public")) {
        env.out.info("Internal network not found! Calling vnet-start to fix the issue");
      }
      if (!stack.equals("ipv4")) {
        env.out.info("Internal network not found! Calling vnet-start to fix the issue");
        env.state.bridgesUp.add("public");
      }
    } else if (type.equals("private-bridge")) {
      env.state.bridgesUp.add("private:" + conf.get("bridge"));
    }
  }

  private void startDependency(String dep) {
    pot.nested(List.of("start", dep)); // pot ignores failures of dependencies (pot.md §3.7)
  }

  private static String firstAliasIp(String ip) {
    String first = ip.strip().split("\\s+")[0];
    return first.contains("|") ? first.substring(first.indexOf('|') + 1) : first;
  }

  private void mount(String p) {
    FscompPass.update(env, p);
    for (String line : env.fscomp(p).lines()) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 2 || f[0].startsWith("/")) {
        continue;
      }
      if (!env.datasetExists(f[0])) {
        transition(p, "stopping", "");
        transition(p, "stopped", "");
        throw env.out.fail("Error mounting " + f[0] + " on " + p);
      }
      if (f.length > 2 && f[2].equals("zfs-remount")) {
        String inside = FscompPass.inPot(env, p, f[1]);
        env.zfsOrFail("Error mounting " + f[0] + " on " + p, "set", "mountpoint=" + inside, f[0]);
      }
    }
  }

  private void unmount(String p) {
    FscompPass.update(env, p);
    FscompPass.resetRemounts(env, p);
  }

  private int stop(Getopts g) {
    String p = name(g, "stop", "hvp:i:s");
    if (!env.isPot(p, true)) {
      env.out.error("The pot " + p + " is not a valid pot");
      throw new Out.PotExit(0); // stop.sh:207 exit 0: it also ends a create that runs this stop
    }
    int rc = transition(p, "stopping", "");
    if (rc == 2 && !g.has('s')) {
      throw env.out.fail("pot " + p + " is already stopping!");
    }
    if (rc == 1) {
      throw env.out.fail("pot " + p + " is not in a state where it can be stopped");
    }
    teardown(p);
    rc = transition(p, "stopped", "");
    if (rc == 2) {
      throw env.out.fail("pot " + p + " is already stopped!");
    }
    return 0;
  }

  /** Removes the jail, flushes its redirect anchor and resets zfs-remount mountpoints. */
  private void teardown(String p) {
    if (env.state.jails.containsKey(p)) {
      PotHooks.announce(env, p, "prestop");
    }
    env.state.jails.remove(p);
    env.state.anchors.remove(PotPorts.anchorName(p));
    unmount(p);
    PotHooks.announce(env, p, "poststop");
  }

  private int setStatus(Getopts g) {
    String p = g.last('p');
    // set-status.sh:86-93: a status outside pot's list is only reported while the options are
    // read, and the last valid one (or none) stays
    String s = "";
    for (String each : g.all('s')) {
      if (List.of("starting", "doa", "started", "stopping", "stopped").contains(each)) {
        s = each;
      } else {
        env.out.error(each + " is not a valid status");
      }
    }
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
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
