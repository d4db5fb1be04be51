package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code pot create-base}, {@code create-fscomp} and {@code create-private-bridge}. */
final class PotProvision {

  /** pot 0.16.1's etc/pot/flavours/fbsd-update.sh, which a pot host has from pot's package. */
  private static final String FBSD_UPDATE =
      "#!/bin/sh\n\nexport PAGER=/bin/cat\nfreebsd-update --not-running-from-cron fetch install\n";

  private final PotEnv env;
  private final PotCommands pot;

  PotProvision(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    return switch (cmd) {
      case "create-base" -> createBase(pot.getopts(cmd, args, "hr:b:v", this::baseOption));
      case "create-fscomp" -> createFscomp(pot.getopts(cmd, args, "hvf:"));
      default -> createBridge(pot.getopts(cmd, args, "hvB:S:"));
    };
  }

  /** create-base.sh:123-137, inside the getopts loop: a release pot supports, a new base name. */
  private void baseOption(Getopts.Opt o) {
    if (o.letter() == 'r' && !PotCreate.RELEASES.contains(o.arg())) {
      throw pot.refused("create-base", "hr:b:v", o.arg() + " is not a supported release");
    }
    if (o.letter() == 'b' && isBase(o.arg())) {
      throw env.out.fail(o.arg() + " is already a base");
    }
  }

  /** {@code _is_base B quiet}: the base's directory and its dataset. */
  private boolean isBase(String name) {
    return Files.isDirectory(env.paths.fsRoot().resolve("bases").resolve(name))
        && env.datasetExists(env.paths.baseDataset(name));
  }

  /** pot.md §1.2: three datasets, {@code .osrelease}, the level-0 pot, epoch snapshots. */
  private int createBase(Getopts g) {
    String rel = g.last('r');
    if (rel == null) {
      env.out.error("option -r is mandatory");
      pot.help("create-base", "hr:b:v");
      throw new Out.PotExit(1);
    }
    String name = g.last('b');
    if (name == null) {
      name = rel;
      env.out.info("Automatically use " + rel + " as base name");
    } else if (!name.equals(rel) && PotCreate.RELEASES.contains(name)) {
      throw env.out.fail(name + " has the name of another valid release and that's forbidden");
    }
    String ds = env.paths.baseDataset(name);
    if (isBase(name)) {
      throw env.out.fail(name + " already exist");
    }
    if (!PotInit.isInit(env)) {
      throw new Out.PotExit(1);
    }
    env.out.info("Create a base with release " + rel);
    env.out.info("Create the zfs datasets for base release " + ds);
    var dir = env.paths.fsRoot().resolve("bases").resolve(name);
    env.zfsOrFail("zfs dataset of " + name + " failed", "create", ds);
    env.zfsOrFail(
        "zfs dataset of " + name + " failed",
        "create",
        "-o",
        "mountpoint=" + dir.resolve("usr/local"),
        ds + "/usr.local");
    env.zfsOrFail(
        "zfs dataset of " + name + " failed",
        "create",
        "-o",
        "mountpoint=" + dir.resolve("opt/custom"),
        ds + "/custom");
    AtomicFiles.write(dir.resolve(".osrelease"), rel + "-RELEASE\n");
    String basePot = "base-" + name.replaceFirst("\\.", "_");
    env.out.info("Create the related pot [" + basePot + "]");
    // create-base.sh:104: the base pot is made with pot's stock flavour fbsd-update, whose script
    // runs in the started pot (start, stop: a jid, .last_run_stats, a status file)
    Path flavour = env.paths.flavours().resolve("fbsd-update.sh");
    if (!Files.exists(flavour)) {
      AtomicFiles.write(flavour, FBSD_UPDATE);
    }
    if (!env.isPot(basePot, true)) {
      pot.nested(List.of("create", "-l", "0", "-b", name, "-p", basePot, "-f", "fbsd-update"));
    }
    env.out.debug("Taking a snapshot fo " + basePot); // sic
    env.out.debug("Take snapshot of the full " + basePot); // _pot_zfs_snap_full, common.sh:416
    String snap = "@" + env.now();
    for (String d : List.of(ds, ds + "/usr.local", ds + "/custom")) {
      env.out.debug("snapshot of " + d);
      env.zfsOrFail("snapshot of " + d + " failed", "snapshot", d + snap);
    }
    return 0;
  }

  /** Idempotent: an existing fscomp is only reported (pot.md §6.8). */
  private int createFscomp(Getopts g) {
    if (g.last('f') == null) {
      env.out.error("fs component name is missing");
      pot.help("create-fscomp", "hvf:");
      throw new Out.PotExit(1);
    }
    if (!PotInit.isInit(env)) {
      throw new Out.PotExit(1);
    }
    String ds = env.paths.fscompDataset(g.last('f'));
    if (env.datasetExists(ds)) {
      env.out.info("fs component " + ds + " already exists");
      return 0;
    }
    env.zfsOrFail("fs component " + ds + " creation failed", "create", ds);
    return 0;
  }

  private int createBridge(Getopts g) {
    String name = g.last('B');
    if (name == null) {
      throw env.out.fail("A bridge name is mandatory (-B option)");
    }
    if (g.last('S') == null) {
      throw env.out.fail("The amount of host is mandatory (-S option)");
    }
    if (ConfFile.read(env.paths.bridges().resolve(name)).exists()) {
      throw env.out.fail("A bridge with name " + name + " already exists");
    }
    int size;
    try {
      size = Integer.parseInt(g.last('S'));
    } catch (NumberFormatException e) {
      size = 0;
    }
    if (size <= 1 || size > 65535) { // potnet reads a u16 and refuses a size below 2
      throw env.out.fail("Not able to get a valid network with size " + g.last('S'));
    }
    // potnet 0.5.0's new_net prints nothing, and exits 0, when no subnet is free: pot's bridge
    // file then holds its name only (create-private-bridge.sh:24-25)
    ConfFile bridge = ConfFile.empty(env.paths.bridges().resolve(name));
    new PotNet(env)
        .newNet(name, size)
        .ifPresent(
            b -> bridge.append("net=" + b.cidr()).append("gateway=" + PotNet.ip(b.gateway())));
    bridge.append("name=" + name).save();
    return 0;
  }
}
