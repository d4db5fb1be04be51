package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * pot's fscomp.conf passes shared by {@code mount-in}, {@code mount-out}, {@code start} and {@code
 * stop}: {@code _update_fscomp} (common.sh:1044-1080), the mount and umount loops of {@code
 * _pot_mount} and {@code _pot_umount} (common.sh:1083-1200) as far as they change files and
 * datasets.
 */
final class FscompPass {

  private FscompPass() {}

  /**
   * {@code _update_fscomp}: when any line has a legacy target ({@code $FR/jails/<p>/m/...}), every
   * line is rewritten as {@code echo "$ds $mnt $opt"}: new-format target, and a trailing space when
   * there is no option.
   */
  static void update(PotEnv env, String p) {
    Path file = env.paths.confDir(p).resolve("fscomp.conf");
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String> lines = ConfFile.read(file).lines();
    List<String> out = converted(lines, mRoot(env, p));
    if (!out.equals(lines)) {
      AtomicFiles.write(file, String.join("\n", out) + "\n");
    }
  }

  /**
   * The lines {@code _update_fscomp} leaves: unchanged when none has a legacy target under {@code
   * prefix} (the pot's {@code m} directory), else every line in the new format.
   */
  static List<String> converted(List<String> lines, String prefix) {
    List<String[]> rows = lines.stream().map(FscompPass::fields).toList();
    if (rows.stream().noneMatch(f -> f[1].startsWith(prefix))) {
      return lines;
    }
    List<String> out = new ArrayList<>();
    for (String[] f : rows) {
      String stripped = f[1].startsWith(prefix) ? f[1].substring(prefix.length()) : f[1];
      out.add(f[0] + " " + (stripped.isEmpty() ? "/" : stripped) + " " + f[2]);
    }
    return out;
  }

  /**
   * What {@code _mountpoint_validation} does to a stopped pot: {@code _pot_mount} (conversion,
   * zfs-remount datasets moved into the pot, missing mount points made) then {@code _pot_umount}
   * (zfs-remount datasets moved to {@code $FR/jails/<p>/<basename>}).
   */
  static boolean mountAndUnmount(PotEnv env, String p) {
    if (!mount(env, p)) {
      return false;
    }
    resetRemounts(env, p);
    return true;
  }

  /**
   * The mounting half of {@link #mountAndUnmount}: the pot's datasets where it sees them; false
   * (nothing unmounted) at the first dataset that is gone (common.sh:1102-1131 returns 1).
   */
  static boolean mount(PotEnv env, String p) {
    update(env, p);
    for (String line : env.fscomp(p).lines()) {
      String[] f = fields(line);
      if (f[0].isEmpty() || f[0].startsWith("/")) {
        continue;
      }
      if (!env.datasetExists(f[0])) {
        return false;
      }
      if (f[2].equals("zfs-remount")) {
        env.zfs.zfs(List.of("set", "mountpoint=" + inPot(env, p, f[1]), f[0]));
      } else {
        PotEnv.mkdirs(Path.of(inPot(env, p, f[1])));
      }
    }
    return true;
  }

  /** The zfs-remount loop of {@code _pot_umount}, last line first. */
  static void resetRemounts(PotEnv env, String p) {
    List<String> lines = new ArrayList<>(env.fscomp(p).lines());
    Collections.reverse(lines);
    for (String line : lines) {
      String[] f = fields(line);
      if (f[2].equals("zfs-remount") && env.datasetExists(f[0])) {
        String base = f[0].substring(f[0].lastIndexOf('/') + 1);
        env.zfs.zfs(List.of("set", "mountpoint=" + env.paths.potDir(p).resolve(base), f[0]));
      }
    }
  }

  /** {@code "${POT_FS_ROOT}/jails/$p/m$mnt"} without a trailing slash. */
  static String inPot(PotEnv env, String p, String mnt) {
    String path = mRoot(env, p) + mnt;
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  static String mRoot(PotEnv env, String p) {
    return env.paths.potDir(p).resolve("m").toString();
  }

  /** awk's {@code $1 $2 $3} of a line, empty strings for missing fields. */
  static String[] fields(String line) {
    String[] words = line.strip().isEmpty() ? new String[0] : line.strip().split("\\s+");
    String[] f = {"", "", ""};
    System.arraycopy(words, 0, f, 0, Math.min(3, words.length));
    return f;
  }
}
