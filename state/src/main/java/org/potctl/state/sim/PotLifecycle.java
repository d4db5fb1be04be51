package org.potctl.state.sim;

import java.util.List;

/**
 * {@code pot start} (start.sh, pot.md §6.4); {@link PotStop} and {@link PotStatus} do stop and
 * set-status.
 */
final class PotLifecycle {

  private final PotEnv env;
  private final PotCommands pot;
  private final PotStatus status;

  PotLifecycle(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
    this.status = new PotStatus(env);
  }

  int run(List<String> args) {
    return start(pot.getopts("start", args, "hvsSp:"));
  }

  /** The pot of {@code -p}, else the first operand; none is pot's refusal (exit 1). */
  static String name(PotEnv env, PotCommands pot, Getopts g, String cmd, String spec) {
    String name = g.last('p') != null ? g.last('p') : g.operands().stream().findFirst().orElse("");
    if (name.isEmpty()) {
      env.out.error("A pot name is mandatory");
      pot.help(cmd, spec);
      throw new Out.PotExit(1);
    }
    return name;
  }

  private int start(Getopts g) {
    String p = name(env, pot, g, "start", "hvsSp:");
    if (!env.isPot(p, false)) {
      return 1;
    }
    if (env.running(p)) {
      env.out.debug("pot " + p + " is already running");
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
    int rc = status.transition(p, "starting", "");
    if (rc == 2) {
      throw env.out.fail("pot " + p + " is already starting");
    } else if (rc == 1) {
      throw env.out.fail("pot " + p + " is not in a state where it can start");
    }
    for (String dep : conf.all("pot.depend")) {
      startDependency(dep);
    }
    snapshot(g, p);
    JailMounts.mount(
        env,
        p,
        () -> {
          // start.sh:848-851, 25-49: the pot goes doa, then start-cleanup's pot stop -p P -s
          env.out.error("Mount failed ");
          status.transition(p, "doa", "");
          pot.nested(List.of("stop", "-p", p, "-s"));
        });
    if (conf.getStripped("pot.attr.no-etc-hosts").equals("YES")) {
      env.out.debug("Attribute no-etchosts: no additional /etc/hosts entries injected");
    }
    List<Integer> epairs = JailNetwork.epairs(env, conf);
    VnetStart vnet = new VnetStart(env, pot);
    vnet.ipv4(conf);
    new PotPorts(env).load(p, conf); // _js_export_ports, before the jail (start.sh:607, 630)
    vnet.ipv6(conf);
    PotHooks.announce(env, p, "prestart");
    env.out.info("Starting the pot " + p);
    env.out.debug("Pot " + p + " jail params are: " + JailParams.of(env, p, conf, epairs));
    String jailIp =
        conf.get("network_type").equals("alias") ? JailNetwork.firstAliasIp(conf.get("ip")) : "";
    SimJail jail =
        env.state.addJail(
            p,
            conf.getStripped("host.hostname"),
            env.paths.potDir(p).resolve("m").toString(),
            jailIp,
            conf.get("vnet").equals("true"),
            epairs,
            conf.getStripped("pot.rss.cpus"));
    env.out.println(p + ": created"); // jail(8) -c
    PotHooks.announce(env, p, "poststart");
    String ifaces = JailNetwork.ifaces(env, conf, jail.jid());
    if (conf.get("pot.attr.prunable").equals("YES")) {
      conf.set("pot.attr.to-be-pruned", "YES").save();
    }
    status.transition(p, "started", ifaces);
    AtomicFiles.write(env.paths.confDir(p).resolve(".last_run_stats"), "{ \"ExitCode\": 0 }\n");
    if (conf.get("pot.attr.persistent").equals("NO")) {
      // start.sh:709: set-status stopping echoes the interfaces, and start does not capture it
      status.transition(p, "stopping", "");
      env.out.println(env.ifaces(p));
      // start-cleanup (start.sh:25-49): pot stop -p P -i IFACES -s, in the same shell
      env.out.debug("pot " + p + " is already stopping, but we are cleaning up from start-cleanup");
      new PotStop(env).teardown(p, env.ifaces(p));
      status.transition(p, "stopped", "");
    }
    return 0;
  }

  /**
   * {@code -s}: {@code _pot_zfs_snap}, the pot's datasets recursively; {@code -S} (the last of the
   * two wins): {@code _pot_zfs_snap_full}, each fscomp.conf dataset not mounted {@code ro}
   * (common.sh:391-437). pot does not look at zfs's status.
   */
  private void snapshot(Getopts g, String p) {
    char last = 0;
    for (Getopts.Opt o : g.options()) {
      last = o.letter() == 's' || o.letter() == 'S' ? o.letter() : last;
    }
    String tag = "@" + env.now();
    if (last == 's') {
      env.out.debug("Take snapshot of " + p);
      env.zfsReported("snapshot", "-r", env.paths.jailDataset(p) + tag);
    } else if (last == 'S') {
      env.out.debug("Take snapshot of the full " + p);
      for (String line : env.fscomp(p).lines()) {
        String[] f = FscompPass.fields(line);
        if (f[2].equals("ro")) {
          continue;
        }
        if (f[0].startsWith("/")) {
          env.out.debug("Skip " + f[0] + ", it's not a dataset");
        } else {
          env.out.debug("snapshot of " + f[0]);
          env.zfsReported("snapshot", f[0] + tag);
        }
      }
    }
  }

  private void startDependency(String dep) {
    pot.nested(List.of("start", dep)); // pot ignores failures of dependencies (pot.md §3.7)
  }
}
