package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.potctl.state.exec.CommandResult;

/**
 * pot's small sub-commands around the main ones: {@code last-run-stats}, {@code clone-fscomp} and
 * {@code prune} (their scripts of pot 0.16.1, line numbers in the comments).
 */
final class PotChores {

  private final PotEnv env;
  private final PotCommands pot;

  PotChores(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    return switch (cmd) {
      case "last-run-stats" -> lastRunStats(pot.getopts(cmd, args, "hvp:"));
      case "clone-fscomp" -> cloneFscomp(pot.getopts(cmd, args, "hvf:F:"));
      default -> prune(pot.getopts(cmd, args, "hvqgn"));
    };
  }

  /** last-run-stats.sh:38-48: the pot's {@code .last_run_stats}, {@code {}} without one. */
  private int lastRunStats(Getopts g) {
    String p = g.last('p');
    if (p == null || p.isEmpty()) {
      env.out.error("A pot name is mandatory");
      pot.help("last-run-stats", "hvp:");
      return 1;
    }
    if (!env.isPot(p, false)) {
      throw env.out.fail(p + " is not a pot");
    }
    Path stats = env.paths.confDir(p).resolve(".last_run_stats");
    env.out.print(Files.isRegularFile(stats) ? read(stats) : "{}\n");
    return 0;
  }

  /**
   * clone-fscomp.sh:22-88: a clone of the source's newest snapshot ({@code _zfs_last_snap}: the
   * listing sorted backwards) mounted at {@code $FR/fscomp/NEW}. A failing {@code zfs clone} still
   * ends with status 0 ({@code _cf_zfs} returns 0 after it).
   */
  private int cloneFscomp(Getopts g) {
    String name = g.last('f');
    String from = g.last('F');
    if (name == null || name.isEmpty() || from == null || from.isEmpty()) {
      env.out.error(
          name == null || name.isEmpty()
              ? "fscomp name is missing (option -f)"
              : "clonable fscomp name is missing (option -F)");
      pot.help("clone-fscomp", "hvf:F:");
      return 1;
    }
    String ds = env.paths.fscompDataset(name);
    String source = env.paths.fscompDataset(from);
    if (env.datasetExists(ds)) {
      throw env.out.fail("fscomp " + name + " already exists");
    }
    if (!env.datasetExists(source)) {
      throw env.out.fail("fscomp " + from + " doesn't exist");
    }
    List<String> snaps = SimImageFile.snapshots(env, source);
    if (snaps.isEmpty()) {
      throw env.out.fail(source + " has no snapshots - please take one");
    }
    String snap = source + "@" + snaps.get(snaps.size() - 1);
    env.out.debug("Cloning " + from + "@" + snaps.get(snaps.size() - 1) + " into " + ds);
    String mountpoint = env.paths.fsRoot().resolve("fscomp").resolve(name).toString();
    CommandResult r = env.zfs.zfs(List.of("clone", "-o", "mountpoint=" + mountpoint, snap, ds));
    env.out.err(r.stderr());
    return 0;
  }

  /**
   * prune.sh:15-115: every stopped pot that is {@code prunable} and {@code to-be-pruned} (a start
   * set it) is destroyed, {@code -n} only names it. With {@code -g} a pot whose {@code
   * .last_run_stats} is younger than a minute is kept (find's {@code -mtime -1m}).
   */
  private int prune(Getopts g) {
    for (String p : env.potNames()) {
      ConfFile conf = env.conf(p);
      boolean marked =
          conf.get("pot.attr.prunable").equals("YES")
              && conf.get("pot.attr.to-be-pruned").equals("YES");
      if (env.running(p) || !marked || (g.has('g') && justRan(p))) {
        continue;
      }
      env.out.info("Pruning " + p);
      if (g.has('n')) {
        continue;
      }
      if (pot.nested(List.of("destroy", "-p", p)) != 0) {
        if (!g.has('q')) {
          env.out.qerror("Error while pruning " + p); // _qerror "" msg: three spaces
        }
      } else {
        env.out.info("Pruned " + p);
      }
    }
    return 0;
  }

  private boolean justRan(String p) {
    Path stats = env.paths.confDir(p).resolve(".last_run_stats");
    try {
      return Files.isRegularFile(stats)
          && Files.getLastModifiedTime(stats)
              .toInstant()
              .isAfter(Instant.ofEpochSecond(env.now() - 60));
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
