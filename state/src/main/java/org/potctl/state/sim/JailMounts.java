package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code _pot_mount} and {@code _pot_umount} (common.sh:1083-1200) as {@code pot start} and {@code
 * pot stop} run them, with their debug lines: the fscomp.conf lines in order (reversed to unmount),
 * then tmpfs on {@code m/tmp}. The simulator mounts nothing: a pot's mounts count as mounted while
 * its jail runs, and {@code jail -r} has already taken {@code m/dev}, {@code m/dev/fs} and {@code
 * m/proc} away when pot unmounts them.
 */
final class JailMounts {

  private JailMounts() {}

  /**
   * {@code _pot_mount}: zfs-remount datasets moved into the pot, host directories and datasets
   * mounted (a missing mount point made), tmpfs. A dataset that is gone runs {@code onMissing} (the
   * start's clean-up) and fails the command.
   */
  static void mount(PotEnv env, String p, Runnable onMissing) {
    FscompPass.update(env, p);
    for (String line : env.fscomp(p).lines()) {
      String[] f = FscompPass.fields(line);
      String at = FscompPass.inPot(env, p, f[1]);
      if (f[0].isEmpty()) {
        env.out.debug("Empty line found. Skipping.");
        continue;
      }
      if (f[0].startsWith("/")) {
        env.out.debug("mount " + at);
        continue;
      }
      if (!env.datasetExists(f[0])) {
        // common.sh:1102-1131: a missing dataset has no mountpoint (_get_zfs_mountpoint is empty)
        if (f[2].equals("zfs-remount")) {
          env.out.error("_pot_mount: Dataset " + f[0] + " not mounted at " + at + "! Aborting");
        } else {
          env.out.error("Error mounting ");
        }
        onMissing.run();
        throw new Out.PotExit(1);
      }
      if (f[2].equals("zfs-remount")) {
        env.zfsOrFail("Error mounting " + f[0] + " on " + p, "set", "mountpoint=" + at, f[0]);
        env.out.debug("_pot_mount: the dataset " + f[0] + " is mounted at " + at);
        continue;
      }
      if (!Files.isDirectory(Path.of(at))) {
        env.out.debug("start: creating the missing mountpoint " + at);
        PotEnv.mkdirs(Path.of(at));
      }
      env.out.debug("mount " + at);
    }
    if (noTmpfs(env, p)) {
      env.out.debug("Not mounting tmpfs because of no-tmppfs attribure");
    } else {
      env.out.debug("mount " + FscompPass.inPot(env, p, "/tmp"));
    }
  }

  /**
   * {@code _pot_umount}: tmpfs, the file systems jail(8) mounted, then the fscomp.conf lines last
   * first, zfs-remount datasets moved back to {@code $FR/jails/P/<basename>}. {@code mounted}:
   * whether the pot's jail ran until now.
   */
  static void umount(PotEnv env, String p, boolean mounted) {
    ConfFile conf = env.conf(p);
    if (noTmpfs(env, p)) {
      env.out.debug("Not umounting tmpfs because of no-tmppfs attribure");
    } else {
      unmountOne(env, FscompPass.inPot(env, p, "/tmp"), mounted);
    }
    if (conf.getStripped("pot.attr.fdescfs").equals("YES")) {
      unmountOne(env, FscompPass.inPot(env, p, "/dev/fs"), false);
    }
    unmountOne(env, FscompPass.inPot(env, p, "/dev"), false);
    if (conf.getStripped("pot.attr.procfs").equals("YES")) {
      unmountOne(env, FscompPass.inPot(env, p, "/proc"), false);
    }
    if (!Files.isRegularFile(env.paths.confDir(p).resolve("fscomp.conf"))) {
      return;
    }
    FscompPass.update(env, p);
    List<String> lines = new ArrayList<>(env.fscomp(p).lines());
    Collections.reverse(lines);
    for (String line : lines) {
      String[] f = FscompPass.fields(line);
      if (f[2].equals("zfs-remount")) {
        moveBack(env, p, f[0]);
      } else {
        unmountOne(env, FscompPass.inPot(env, p, f[1]), mounted);
      }
    }
  }

  /** common.sh:1183-1192: a zfs-remount dataset that is gone is an error line, nothing more. */
  private static void moveBack(PotEnv env, String p, String dataset) {
    String node =
        env.paths.potDir(p).resolve(dataset.substring(dataset.lastIndexOf('/') + 1)).toString();
    if (env.datasetExists(dataset)) {
      env.zfs.zfs(List.of("set", "mountpoint=" + node, dataset));
      env.out.debug("stop: the dataset " + dataset + " is mounted at " + node);
    } else {
      env.zfsReported("set", "mountpoint=" + node, dataset);
      env.out.error("Dataset " + dataset + " moved to " + node + " (Fix it manually)");
    }
  }

  /** {@code _umount} (common.sh:834-844). */
  static void unmountOne(PotEnv env, String at, boolean mounted) {
    env.out.debug(mounted ? "unmount " + at : at + " is already unmounted");
  }

  private static boolean noTmpfs(PotEnv env, String p) {
    return env.conf(p).getStripped("pot.attr.no-tmpfs").equals("YES");
  }
}
