package org.potctl.state.sim;

import java.nio.file.Files;
import java.util.List;
import org.potctl.state.exec.CommandResult;

/** {@code pot destroy} (pot.md §6.7) and {@code pot snapshot} (§1.5). */
final class PotDestroy {

  private final PotEnv env;
  private final PotCommands pot;

  PotDestroy(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    return cmd.equals("destroy")
        ? destroy(pot.getopts(cmd, args, "hvrf:p:b:FB:q"))
        : snapshot(pot.exclusive(cmd, args, "hvp:f:r", "pf", "-p|-f are exclusive"));
  }

  private int destroy(Getopts g) {
    long given = "pbfB".chars().filter(c -> g.has((char) c)).count();
    if (given == 0) {
      env.out.error("-b or -p or -f or -B are missing");
      pot.help("destroy", "hvrf:p:b:FB:q");
      throw new Out.PotExit(1);
    }
    if (given > 1) {
      throw env.out.fail("-b, -p, -f and -B cannot be used at the same time");
    }
    if (g.has('q')) {
      env.out.quiet(); // destroy.sh:126: _POT_VERBOSITY=0
    }
    if (g.has('B')) {
      return destroyBridge(g.last('B'), g.has('F') || g.has('r'));
    }
    if (g.has('f')) {
      return destroyFscomp(g.last('f'));
    }
    if (g.has('b')) {
      return destroyBase(g.last('b'), g.has('r'), g.has('F'));
    }
    destroyPot(g.last('p'), g.has('F'), g.has('r'));
    return 0;
  }

  private int destroyBridge(String name, boolean ignoredFlags) {
    if (ignoredFlags) {
      env.out.info("Destroy bridge will ignore force and recursive");
    }
    if (!Files.exists(env.paths.bridges().resolve(name))) {
      env.out.qerror("bridge " + name + " not found"); // _is_bridge not quiet (destroy.sh:173)
      throw env.out.fail(name + " is not a valid bridge name");
    }
    for (String p : env.potNames()) {
      if (env.conf(p).get("bridge").equals(name)) {
        throw env.out.fail(
            "the bridge " + name + " is still used by the pot " + p + " - unable to delete");
      }
    }
    env.out.info("Destroying bridge " + name);
    ZfsMounts.delete(env.paths.bridges().resolve(name));
    return 0;
  }

  private int destroyFscomp(String name) {
    String ds = env.paths.fscompDataset(name);
    if (!env.datasetExists(ds)) {
      throw env.out.fail(name + " is not a fscomp");
    }
    env.out.info("Destroying fscomp " + name);
    DestroyLeftover.destroyFscomp(env, name);
    return 0;
  }

  private int destroyBase(String base, boolean recursive, boolean force) {
    String ds = env.paths.baseDataset(base);
    if (!env.datasetExists(ds)) {
      throw env.out.fail(base + " is not a base");
    }
    String basePot = "base-" + base.replaceFirst("\\.", "_");
    List<String> users =
        env.potNames().stream()
            .filter(p -> !p.equals(basePot) && env.conf(p).get("pot.base").equals(base))
            .toList();
    if (!users.isEmpty() && !recursive) {
      throw env.out.fail(
          "base "
              + base
              + " is used at least by one pot - use option -r to destroy it recursively");
    }
    if (recursive) {
      // destroy.sh:221-232: every pot of the base, the level-0 ones and the base pot included,
      // goes through _pot_zfs_destroy directly (no level-0 refusal, the status file stays)
      for (String level : List.of("2", "1", "0")) {
        for (String p : env.potNames()) {
          ConfFile conf = env.conf(p);
          if (conf.get("pot.level").equals(level) && conf.get("pot.base").equals(base)) {
            env.out.info("Destroying recursively pot " + p + " based on " + base);
            zfsDestroyPot(p, force);
          }
        }
      }
    } else {
      // destroy.sh:246-248: the level-0 pot, whether there or not (_pot_zfs_destroy says so)
      env.out.debug("Destroying lvl 0 pot " + basePot);
      zfsDestroyPot(basePot, force);
    }
    env.out.info("Destroying base " + base);
    env.zfsOrFail("zfs failed to destroy the dataset " + ds, "destroy", "-f", "-r", ds);
    ZfsMounts.delete(env.paths.fsRoot().resolve("bases").resolve(base));
    return 0;
  }

  private void destroyPot(String p, boolean force, boolean recursive) {
    String ds = env.paths.jailDataset(p);
    if (!env.isPot(p, true)) {
      if (force && env.datasetExists(ds)) {
        removePot(p);
        env.out.info("Forcibly destroyed pot " + p);
        // destroy.sh:262: exit 0, which also ends a caller in the same shell (clone's undo)
        throw new Out.PotExit(0);
      }
      env.isPot(p, false);
      throw env.out.fail("pot " + p + " not found or corrupted. Try to use the -F flag");
    }
    ConfFile conf = env.conf(p);
    if (conf.get("pot.type").equals("multi") && conf.get("pot.level").equals("0")) {
      // sic: pot's message says "insted"
      throw env.out.fail("The pot " + p + " has level 0. Please destroy the related base insted");
    }
    List<String> dependants =
        env.potNames().stream()
            .filter(o -> !o.equals(p) && env.conf(o).get("pot.potbase").equals(p))
            .toList();
    if (!dependants.isEmpty() && !recursive) {
      throw env.out.fail(
          conf.get("pot.level").equals("0")
              ? p
                  + " is used at least by another pot ("
                  + dependants.get(0)
                  + ") - use option -r to destroy it recursively"
              : p
                  + " is used at least by one level 2 pot - use option -r to destroy it recursively");
    }
    for (String d : dependants) {
      // destroy.sh:274-301: each dependant through _pot_zfs_destroy, its status not looked at
      env.out.debug("Destroying recursively pot " + d + " based on " + p);
      zfsDestroyPot(d, force);
    }
    if (conf.get("pot.level").equals("2") && recursive) {
      env.out.debug(p + " has level 2. No recursive destroy possible (ignored)");
    }
    for (String other : env.potNames()) {
      if (!other.equals(p) && env.conf(other).all("pot.depend").contains(p)) {
        env.out.info("pot " + other + " is losing his dependency " + p);
      }
    }
    // destroy.sh:323-324: the running check is in _pot_zfs_destroy (:51-58), after this line
    env.out.info("Destroying pot " + p);
    if (env.running(p)) {
      if (!force) {
        throw env.out.fail("pot " + p + " is running");
      }
      pot.nested(List.of("stop", p));
    }
    try {
      removePot(p);
    } catch (Out.PotExit failed) {
      // destroy.sh:325-327: a failed zfs destroy returns from _pot_zfs_destroy
      env.out.error(p + " destruction failed");
      throw failed;
    }
  }

  /**
   * pot's {@code _pot_zfs_destroy} (destroy.sh:36-70) as {@code destroy -b B [-r]} and a recursive
   * {@code destroy -p} call it for other pots: a missing dataset or a failed {@code zfs destroy}
   * prints its error and returns 1, which these callers do not look at, so the command goes on.
   */
  private void zfsDestroyPot(String p, boolean force) {
    String ds = env.paths.jailDataset(p);
    if (!env.datasetExists(ds)) {
      if (Files.isDirectory(env.paths.potDir(p))) {
        env.out.debug("Dataset of " + p + " not found, but removing the directory anyway");
        ZfsMounts.delete(env.paths.potDir(p));
      } else {
        env.out.error(p + " not found");
      }
      return;
    }
    if (env.running(p) && !force) {
      throw env.out.fail("pot " + p + " is running");
    }
    if (env.running(p)) {
      pot.nested(List.of("stop", p));
    }
    CommandResult r = env.zfs.zfs(List.of("destroy", "-f", "-r", ds));
    if (!r.succeeded()) {
      env.out.err(r.stderr());
      env.out.error("zfs failed to destroy the dataset " + ds);
      return;
    }
    ZfsMounts.delete(env.paths.potDir(p));
  }

  private void removePot(String p) {
    String ds = env.paths.jailDataset(p);
    if (env.datasetExists(ds)) {
      env.zfsOrFail("zfs failed to destroy the dataset " + ds, "destroy", "-f", "-r", ds);
    }
    ZfsMounts.delete(env.paths.potDir(p));
    ZfsMounts.delete(env.paths.statusFile(p));
  }

  private int snapshot(Getopts g) {
    if (!g.has('p') && !g.has('f')) {
      env.out.error("one of -p|-f has to be used");
      pot.help("snapshot", "hvp:f:r");
      throw new Out.PotExit(1);
    }
    String epoch = "@" + env.now();
    if (g.has('p')) {
      String p = g.last('p');
      if (!env.isPot(p, false)) {
        throw env.out.fail(p + " is not a pot!");
      }
      if (env.running(p)) {
        throw env.out.fail(
            "The pot " + p + " is still running. Snapshot is possible only for stopped pots");
      }
      if (g.has('r')) {
        removeOldestSnapshot(env.paths.jailDataset(p));
      }
      // snapshot.sh:86-123: the snapshot's status is not looked at; the command returns 0
      env.out.debug("Take snapshot of " + p); // _pot_zfs_snap, common.sh:396
      env.zfsReported("snapshot", "-r", env.paths.jailDataset(p) + epoch);
      return 0;
    }
    String ds = env.paths.fscompDataset(g.last('f'));
    if (!env.fscompInPlace(g.last('f'))) { // snapshot.sh:98
      throw env.out.fail(g.last('f') + " is not a valid fscomp");
    }
    if (g.has('r')) {
      removeOldestSnapshot(ds);
    }
    env.out.debug("Take snapshot of " + g.last('f')); // _fscomp_zfs_snap, common.sh:456
    env.zfsReported("snapshot", ds + epoch);
    return 0;
  }

  /** {@code -r} replaces: pot's "oldest" is the last line of a reverse lexicographic sort. */
  private void removeOldestSnapshot(String dataset) {
    String out =
        env.zfs
            .zfs(List.of("list", "-d", "1", "-H", "-t", "snapshot", "-o", "name", dataset))
            .stdout();
    out.lines()
        .sorted()
        .findFirst()
        .ifPresent(
            oldest -> env.zfsOrFail("destroy of " + oldest + " failed", "destroy", "-r", oldest));
  }
}
