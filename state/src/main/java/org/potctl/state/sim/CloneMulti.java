package org.potctl.state.sim;

import java.util.List;

/**
 * The multi half of {@code pot clone}'s {@code _cj_zfs} (clone.sh:102-160), and the snapshot choice
 * both halves make ({@link #snapshot}): the template's fscomp.conf line by line. A read-only line
 * is kept as it is; a dataset of the template ({@code jails/T/usr.local}, {@code jails/T/custom})
 * is cloned at {@code -s} or its own newest snapshot ({@code -F} takes one on the fly) into the
 * same name under the new pot, mounted at {@code $FR/jails/P/NAME}, and its line kept with the new
 * dataset; an fscomp line is kept without its option; any other dataset is only reported.
 */
final class CloneMulti {

  /** What the clone does when a template dataset has no snapshot and {@code -F} is not given. */
  interface Undo {
    void run();
  }

  private CloneMulti() {}

  static void datasets(PotEnv env, String name, String tpl, String snap, boolean auto, Undo undo) {
    String tplDs = env.paths.jailDataset(tpl);
    String ds = env.paths.jailDataset(name);
    PotInit.createMountpoint(env, env.paths.potDir(name).resolve("m"));
    ConfFile out = ConfFile.empty(env.paths.confDir(name).resolve("fscomp.conf"));
    for (String line : env.fscomp(tpl).lines()) {
      String[] f = FscompPass.fields(line);
      if (f[2].equals("ro")) {
        env.out.debug(f[0] + " " + f[1] + " " + f[2]);
        out.append(f[0] + " " + f[1] + " " + f[2]);
      } else if (f[0].startsWith(tplDs)) {
        String dname = f[0].substring(Math.min(f[0].length(), tplDs.length() + 1));
        // clone.sh:120-121: without -s each dataset's own newest snapshot, else -s for all
        String use =
            snapshot(
                env,
                f[0],
                tpl,
                snap,
                auto,
                () -> {
                  out.save();
                  undo.run();
                });
        String target = ds + "/" + dname;
        if (env.datasetExists(target)) {
          env.out.debug(dname + " dataset already cloned");
        } else {
          env.out.debug("clone " + f[0] + "@" + use + " into " + target);
          env.out.debug(target + " " + f[1] + (f[2].isEmpty() ? "" : " " + f[2]));
          env.zfsReported(
              "clone",
              "-o",
              "mountpoint=" + env.paths.potDir(name).resolve(dname),
              f[0] + "@" + use,
              target);
          out.append(target + " " + f[1] + (f[2].isEmpty() ? "" : " " + f[2]));
        }
      } else if (f[0].startsWith(env.paths.zfsRoot() + "/fscomp")) {
        env.out.debug(f[0] + " " + f[1]);
        out.append(f[0] + " " + f[1]);
      } else {
        env.out.error("not able to manage " + f[0]);
      }
    }
    out.save();
  }

  /**
   * The snapshot of {@code dataset} a clone uses (clone.sh:86-99, :121-135): {@code given}, else
   * the dataset's newest; without one {@code -F} takes one on the fly, else pot says so and undoes.
   */
  static String snapshot(
      PotEnv env, String dataset, String tpl, String given, boolean auto, Undo undo) {
    String use = given;
    if (use == null) {
      List<String> snaps = SimImageFile.snapshots(env, dataset);
      use = snaps.isEmpty() ? null : snaps.get(snaps.size() - 1);
    }
    if (use != null) {
      return use;
    }
    if (!auto) {
      env.out.error(dataset + " has no snap - please take a snapshot of " + tpl);
      undo.run();
    }
    use = Long.toString(env.now());
    env.out.info(dataset + " has no snap - taking a snapshot on the fly with tag " + use);
    env.zfsOrFail("snapshot failed", "snapshot", dataset + "@" + use);
    return use;
  }
}
