package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code pot mount-in} and {@code pot mount-out} with their fscomp.conf formats (pot.md §2.2). */
final class PotMounts {

  private static final String IN_SPEC = "hvf:d:z:p:m:wr";
  private static final String OUT_SPEC = "hvp:m:";

  private final PotEnv env;
  private final PotCommands pot;

  PotMounts(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    return cmd.equals("mount-in")
        ? mountIn(pot.getopts(cmd, args, IN_SPEC))
        : mountOut(pot.getopts(cmd, args, OUT_SPEC));
  }

  private void checkMountPoint(String mnt, String cmd, String spec) {
    if (mnt == null) {
      env.out.error("A mount point is mandatory");
      pot.help(cmd, spec);
      throw new Out.PotExit(1);
    }
    if (mnt.contains(" ")) {
      throw env.out.fail("The mountpoint cannot contain spaces");
    }
    if (!mnt.startsWith("/")) {
      throw env.out.fail("The mount point has to be an absolute pathname");
    }
    if (mnt.equals("/")) {
      throw env.out.fail("/ is not a valid mount point");
    }
  }

  private int mountIn(Getopts g) {
    String p = g.last('p');
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    long sources = "fdz".chars().filter(c -> g.has((char) c)).count();
    if (sources == 0) {
      throw env.out.fail("One of -f|-d|-z option has to be used");
    }
    if (g.has('f') && g.has('d')) {
      throw env.out.fail("-f and -d options are mutually exclusive");
    }
    if (g.has('f') && g.has('z')) {
      throw env.out.fail("-f and -z options are mutually exclusive");
    }
    if (g.has('d') && g.has('z')) {
      throw env.out.fail("-d and -z options are mutually exclusive");
    }
    String mnt = g.last('m');
    checkMountPoint(mnt, "mount-in", IN_SPEC);
    if (g.has('d') && g.has('w')) {
      throw env.out.fail("Remount cannot be used with directories, but with fscomp only");
    }
    if (g.has('r') && g.has('w')) {
      env.out.info(
          "Readonly and remount are mutually exclusive: readonly considered, remount ignored");
    }
    if (!env.isPot(p, true)) {
      throw env.out.fail("pot " + p + " is not valid");
    }
    String option = g.has('r') ? " ro" : g.has('w') ? " zfs-remount" : "";
    Path inPot = Path.of(env.paths.potDir(p).resolve("m") + mnt);
    String line;
    if (g.has('d')) {
      String dir = g.last('d');
      if (!Files.isDirectory(Path.of(dir))) {
        throw env.out.fail(dir + " is not a directory");
      }
      line = dir + " " + mnt + option;
    } else {
      String ds = g.has('f') ? env.paths.fscompDataset(g.last('f')) : g.last('z');
      if (!env.datasetExists(ds)) {
        throw env.out.fail(
            g.has('f')
                ? "fscomp " + g.last('f') + " is not valid"
                : "dataset " + ds + " is not valid");
      }
      line = ds + " " + inPot + option;
    }
    ConfFile fscomp = env.fscomp(p);
    for (String existing : fscomp.lines()) {
      String[] f = existing.trim().split("\\s+");
      if (f.length > 1 && f[1].equals(inPot.toString())) {
        throw env.out.fail("The mount point " + mnt + " is already in use");
      }
    }
    PotEnv.mkdirs(inPot);
    fscomp.append(line).save();
    if (env.running(p) && option.equals(" zfs-remount")) {
      env.zfsOrFail(
          "Error mounting " + line + " on " + p, "set", "mountpoint=" + inPot, line.split(" ")[0]);
    }
    return 0;
  }

  private int mountOut(Getopts g) {
    String p = g.last('p');
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    String mnt = g.last('m');
    checkMountPoint(mnt, "mount-out", OUT_SPEC);
    if (!env.isPot(p, true)) {
      throw env.out.fail("pot " + p + " is not valid");
    }
    String legacy = env.paths.potDir(p).resolve("m") + mnt;
    ConfFile fscomp = env.fscomp(p);
    boolean inUse =
        fscomp.lines().stream()
            .map(l -> l.trim().split("\\s+"))
            .anyMatch(f -> f.length > 1 && (f[1].equals(mnt) || f[1].equals(legacy)));
    if (!inUse) {
      throw env.out.fail("The mount point " + mnt + " is not in use");
    }
    // pot deletes with a sed built from the legacy full path: new-format lines stay (pot.md §6.8)
    for (String l : fscomp.lines()) {
      String[] f = l.trim().split("\\s+");
      if (f.length > 1 && f[1].equals(legacy)) {
        fscomp.removeLine(l);
      }
    }
    fscomp.save();
    return 0;
  }
}
