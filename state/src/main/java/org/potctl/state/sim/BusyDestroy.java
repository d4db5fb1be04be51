package org.potctl.state.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.potctl.state.exec.CommandResult;

/**
 * {@code zfs destroy -r ROOT} while pots run (de-init.sh:66-72; de-init's running-pot check never
 * stops one). FreeBSD cannot unmount a file system a running jail has mounts on (devfs, tmpfs,
 * nullfs): {@code cannot unmount '…': pool or dataset is busy}. OpenZFS's recursive destroy goes on
 * past such a dataset (zfs_main.c {@code destroy_callback}), so what is left is each running pot's
 * datasets (and theirs), the datasets it has mounted (its fscomp.conf's, a multi pot's base and, at
 * level 2, its level-1 pot), and their ancestors, which still have children. Snapshots of what is
 * left are kept (not judged against FreeBSD).
 */
final class BusyDestroy {

  private BusyDestroy() {}

  /** The datasets the running pots hold, without their ancestors. */
  static Set<String> held(PotEnv env) {
    Set<String> held = new LinkedHashSet<>();
    for (String p : env.state.jails.keySet()) {
      held.add(env.paths.jailDataset(p));
      for (String line : env.fscomp(p).lines()) {
        String ds = FscompPass.fields(line)[0];
        if (!ds.isEmpty() && !ds.startsWith("/")) {
          held.add(ds);
        }
      }
      ConfFile conf = env.conf(p);
      if (conf.getStripped("pot.type").equals("multi")) {
        held.add(env.paths.baseDataset(conf.getStripped("pot.base")));
        String potbase = conf.getStripped("pot.potbase");
        if (!potbase.isEmpty()) {
          held.add(env.paths.jailDataset(potbase));
        }
      }
    }
    return held;
  }

  /**
   * Destroys every file system under {@code root} that no running pot holds, deepest first, with
   * {@code -r} ({@code -v} when asked): the stdout and stderr of zfs, and a busy line for each one
   * left.
   */
  static CommandResult destroy(PotEnv env, String root, boolean verbose) {
    Set<String> held = held(env);
    List<String> names =
        new ArrayList<>(
            env.zfs
                .zfs(List.of("list", "-H", "-r", "-t", "filesystem", "-o", "name", root))
                .stdout()
                .lines()
                .toList());
    Collections.reverse(names);
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    for (String ds : names) {
      if (held.stream().anyMatch(h -> ds.equals(h) || ds.startsWith(h + "/"))) {
        err.append("cannot unmount '" + ds + "': pool or dataset is busy\n");
        continue;
      }
      if (held.stream().anyMatch(h -> h.startsWith(ds + "/"))) {
        err.append("cannot destroy '" + ds + "': filesystem has children\n");
        continue;
      }
      if (!env.datasetExists(ds)) {
        continue; // gone with a parent's -r
      }
      List<String> cmd =
          verbose ? List.of("destroy", "-r", "-v", ds) : List.of("destroy", "-r", ds);
      CommandResult r = env.zfs.zfs(cmd);
      out.append(r.stdout());
      err.append(r.stderr());
    }
    return new CommandResult(1, out.toString(), err.toString(), Duration.ZERO);
  }
}
