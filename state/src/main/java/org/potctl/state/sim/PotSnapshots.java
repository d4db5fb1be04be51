package org.potctl.state.sim;

import java.util.Comparator;
import java.util.List;

/**
 * {@code pot revert} (revert.sh) and {@code pot purge-snapshots} (purge-snapshots.sh) of a pot
 * ({@code -p}) or an fscomp ({@code -f}). revert rolls every dataset of the pot or fscomp back to
 * its latest snapshot ({@code zfs rollback}); purge-snapshots destroys ({@code zfs destroy -r})
 * every snapshot of the pot's or fscomp's own dataset but the latest, or all of them with {@code
 * -a}. "Latest" is pot's: the last name in lexicographic order. An fscomp counts only while it is
 * mounted at {@code $FR/fscomp/NAME} ({@code _zfs_exist}): after a {@code mount-in -w} it is not
 * one. The modelled ZFS keeps no file contents, so a rollback changes no file.
 */
final class PotSnapshots {

  private final PotEnv env;
  private final PotCommands pot;

  PotSnapshots(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    boolean revert = cmd.equals("revert");
    String spec = revert ? "hvp:f:" : "hvp:f:a";
    Getopts g = pot.exclusive(cmd, args, spec, "pf", "-p|-f are exclusive");
    if (!g.has('p') && !g.has('f')) {
      usage(cmd, spec, "one of -p|-f has to be used");
    }
    String name = g.has('p') ? g.last('p') : g.last('f');
    if (name.isEmpty()) {
      usage(cmd, spec, "-p|-f options need an argument");
    }
    String dataset;
    if (g.has('p')) {
      if (!env.isPot(name, false)) {
        usage(cmd, spec, name + " is not a pot!");
      }
      if (revert && env.running(name)) {
        throw env.out.fail(
            "The pot " + name + " is still running. Revert is possible only for stopped pots");
      }
      dataset = env.paths.jailDataset(name);
    } else {
      dataset = env.paths.fscompDataset(name);
      if (!env.fscompInPlace(name)) {
        usage(cmd, spec, name + " is not a valid fscomp");
      }
    }
    if (revert) {
      rollback(dataset);
    } else {
      purge(dataset, g.has('a'));
    }
    return 0;
  }

  private void usage(String cmd, String spec, String message) {
    env.out.error(message);
    pot.help(cmd, spec);
    throw new Out.PotExit(1);
  }

  /** {@code _pot_zfs_rollback}/{@code _fscomp_zfs_rollback}: deepest dataset first. */
  private void rollback(String dataset) {
    List<String> all =
        env.zfs.zfs(List.of("list", "-o", "name", "-H", "-r", dataset)).stdout().lines().toList();
    for (String ds : all.stream().sorted(Comparator.reverseOrder()).toList()) {
      List<String> snaps = SimImageFile.snapshots(env, ds);
      if (snaps.isEmpty()) {
        env.out.info(ds + " has not snapshot - no possible rollback");
        continue;
      }
      relay(List.of("rollback", ds + "@" + snaps.get(snaps.size() - 1)));
    }
  }

  /** {@code _purge_dset}: failures of {@code zfs destroy} are not checked. */
  private void purge(String dataset, boolean all) {
    List<String> snaps = SimImageFile.snapshots(env, dataset);
    List<String> victims = all ? snaps : snaps.subList(0, Math.max(0, snaps.size() - 1));
    for (String s : victims) {
      relay(List.of("destroy", "-r", dataset + "@" + s));
    }
  }

  private void relay(List<String> zfsArgs) {
    var r = env.zfs.zfs(zfsArgs);
    env.out.err(r.stderr());
  }
}
