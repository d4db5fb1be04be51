package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.potctl.state.pot.PotLayout;

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
    String option = g.has('r') ? " ro" : g.has('w') ? " zfs-remount" : "";
    String source = validSource(g, p);
    if (!env.isPot(p, false)) {
      throw env.out.fail("pot " + p + " is not valid");
    }
    // _is_mountpoint_used (mount-in.sh:26-45) greps legacy lines only, before any conversion
    String legacy = FscompPass.inPot(env, p, mnt);
    for (String existing : env.fscomp(p).lines()) {
      if (existing.endsWith(" " + legacy) || existing.contains(" " + legacy + " ")) {
        env.out.error("The mount point " + mnt + " is already in use");
        throw env.out.fail("The mountpoint is not valid!");
      }
    }
    String real = madeMountPoint(p, mnt);
    String host = FscompPass.inPot(env, p, real);
    String line = g.has('d') ? source + " " + real + option : source + " " + host + option;
    announce(g.has('d'), p, source, real, option.strip());
    env.fscomp(p).append(line).save();
    if (env.running(p) && option.equals(" zfs-remount")) {
      env.zfsOrFail("Error mounting " + line + " on " + p, "set", "mountpoint=" + host, source);
    } else if (env.running(p)) {
      env.out.debug("Mounted " + (g.has('d') ? source : mountpoint(source)) + " on " + p);
    }
    return 0;
  }

  /** The debug lines of {@code _mount_dir} and {@code _mount_dataset} (mount-in.sh:105-160). */
  private void announce(boolean dir, String p, String source, String real, String option) {
    String mnt = real.startsWith("/") ? real.substring(1) : real;
    if (dir) {
      env.out.debug("add directory:" + source + " mnt_p:/" + mnt + " opt:" + option);
    } else {
      String m = env.paths.potDir(p).resolve("m").toString();
      env.out.debug("mount zfs dataset:" + source + " mnt_p:" + m + "/" + mnt + " opt:" + option);
    }
  }

  private String mountpoint(String dataset) {
    return env.zfs.zfs(List.of("list", "-H", "-o", "mountpoint", dataset)).stdout().strip();
  }

  /**
   * The mount point made in the pot, its file systems mounted for that when it is stopped
   * (mount-in.sh:58-79); its realpath. {@code mkdir -p} of a directory the read-only base of a
   * multi pot lacks fails; the validation's output, echoed before the error, is empty then
   * (mount-in.sh:314-316).
   */
  private String madeMountPoint(String p, String mnt) {
    boolean mounted = !env.running(p);
    if (mounted && !FscompPass.mount(env, p)) {
      notMounted(p); // mount-in.sh:59-62, 314-316: _pot_mount's own lines go to /dev/null
    }
    try {
      Optional<String> unmade = PotRoot.mkdirFailure(env, p, mnt);
      if (unmade.isPresent()) {
        env.out.errln("mkdir: " + unmade.get() + ": Read-only file system");
        env.out.println("");
        throw env.out.fail("The mountpoint is not valid!");
      }
      String real = PotLayout.realPath(PotRoot.multi(env, p), mnt);
      PotEnv.mkdirs(Path.of(FscompPass.inPot(env, p, real)));
      return real;
    } finally {
      if (mounted) {
        FscompPass.resetRemounts(env, p);
      }
    }
  }

  private void notMounted(String p) {
    env.out.error("Pot " + p + " failed to mount");
    throw env.out.fail("The mountpoint is not valid!");
  }

  /** The checks of {@code -f}, {@code -z} and {@code -d} (mount-in.sh:273-305); the source. */
  private String validSource(Getopts g, String p) {
    if (g.has('f')) {
      String f = g.last('f');
      String ds = env.paths.fscompDataset(f);
      if (!Files.isDirectory(env.paths.fsRoot().resolve("fscomp").resolve(f))) {
        env.out.qerror("fscomp " + f + " not found");
        throw env.out.fail("fscomp " + f + " is not valid");
      }
      if (!env.datasetExists(ds)) {
        env.out.qerror("dataset " + ds + " for fscomp " + f + " not found");
        throw env.out.fail("fscomp " + f + " is not valid");
      }
      return ds;
    }
    if (g.has('z')) {
      if (!env.datasetExists(g.last('z'))) {
        throw env.out.fail("dataset " + g.last('z') + " is not valid");
      }
      return g.last('z');
    }
    String dir = stripSlash(g.last('d'));
    if (!SimHostFs.of(env.paths.dir()).isHostDirectory(Path.of(dir))) {
      throw env.out.fail(dir + " is not a directory");
    }
    String proot = env.paths.potDir(p).toString();
    boolean used = env.fscomp(p).lines().stream().anyMatch(l -> l.contains(dir + " "));
    if (dir.endsWith(proot) || used) {
      throw env.out.fail(
          "Directory " + dir + " not valid, already used or already part of the pot");
    }
    return dir;
  }

  private static String stripSlash(String dir) {
    return dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
  }

  private int mountOut(Getopts g) {
    String p = g.last('p');
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    String mnt = g.last('m');
    checkMountPoint(mnt, "mount-out", OUT_SPEC);
    if (!env.isPot(p, false)) {
      throw env.out.fail("pot " + p + " is not valid");
    }
    boolean stopped = !env.running(p);
    if (stopped && !FscompPass.mount(env, p)) {
      notMounted(p); // mount-out.sh:51-55, 148-150
    }
    // _is_mountpoint_used of mount-out.sh:18-38 greps " $real$" and " $real ", real the pot's
    // realpath of the mount point: new-format lines only; a missing directory's empty realpath
    // matches any line that ends in a space (a converted line without an option). The realpath is
    // taken while the pot is mounted (mount-out.sh:56-60): a zfs-remount dataset is then at its
    // mount point in the pot, which its reset by _pot_umount takes away again
    String real = PotRoot.realpath(env, p, mnt);
    if (stopped) {
      FscompPass.resetRemounts(env, p);
    }
    ConfFile fscomp = env.fscomp(p);
    boolean inUse =
        fscomp.lines().stream()
            .anyMatch(l -> l.endsWith(" " + real) || l.contains(" " + real + " "));
    if (!inUse) {
      env.out.error("The mount point " + mnt + " is not in use");
      throw env.out.fail("The mountpoint is not valid!");
    }
    // then deletes with a sed built from the legacy full path (mount-out.sh:78-81): after the
    // conversion above nothing matches, so the line stays (pot.md §6.8)
    String legacy =
        real.isEmpty() ? FscompPass.mRoot(env, p) + "/" : FscompPass.inPot(env, p, real);
    env.out.debug("umount_mnt_p: mnt_p:" + legacy); // mount-out.sh:80
    for (String l : fscomp.lines()) {
      if (l.endsWith(" " + legacy) || l.contains(" " + legacy + " ")) {
        fscomp.removeLine(l);
      }
    }
    fscomp.save();
    if (env.running(p)) { // mount-out.sh:83-88: the running pot's mount goes
      JailMounts.unmountOne(env, legacy, true);
      env.out.debug("Umounted " + real.replaceFirst("^/", "") + " on " + p);
    }
    return 0;
  }
}
