package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.potctl.state.pot.PotLayout;

/**
 * A pot's root as {@code mount-in} and {@code mount-out} see it with the pot's file systems
 * mounted: which directories exist ({@code chroot m realpath}, mount-in.sh:74, mount-out.sh:57) and
 * whether {@code mkdir -p} can make a missing one (mount-in.sh:66-72), the layout of {@link
 * PotLayout} over the directories the simulator's base tree and the pot's own mounts hold.
 */
final class PotRoot {

  private PotRoot() {}

  /**
   * {@code realpath} inside the pot: the absolute path with pot's links followed ({@code /var/db}
   * is {@code /opt/custom/var/db} in a multi pot), {@code ""} when the directory is missing.
   */
  static String realpath(PotEnv env, String pot, String mnt) {
    String real = PotLayout.realPath(multi(env, pot), mnt);
    return exists(env, pot, real) ? real : "";
  }

  /**
   * Where {@code mkdir -p} of the mount point fails (the first missing directory, as a host path),
   * or empty when the directory exists or can be made: the base is read-only in a multi pot.
   */
  static Optional<String> mkdirFailure(PotEnv env, String pot, String mnt) {
    boolean multi = multi(env, pot);
    String real = PotLayout.realPath(multi, mnt);
    String lvl = env.conf(pot).getStripped("pot.level");
    int level = lvl.matches("[0-2]") ? Integer.parseInt(lvl) : 1;
    if (exists(env, pot, real) || PotLayout.unmountable(multi, level, mnt).isEmpty()) {
      return Optional.empty();
    }
    String missing = real;
    for (int slash = real.indexOf('/', 1); slash > 0; slash = real.indexOf('/', slash + 1)) {
      if (!exists(env, pot, real.substring(0, slash))) {
        missing = real.substring(0, slash);
        break;
      }
    }
    return Optional.of(FscompPass.mRoot(env, pot) + missing);
  }

  private static boolean exists(PotEnv env, String pot, String path) {
    String rel = path.substring(1);
    if (rel.isEmpty() || Files.isDirectory(Path.of(FscompPass.mRoot(env, pot) + path))) {
      return true;
    }
    boolean multi = multi(env, pot);
    if (!multi || PotLayout.baseDirectory(true, path)) {
      return PotLayout.baseDirectory(multi, path);
    }
    // the pot's own datasets: the base's etc, root and var moved into custom (create-base.sh:65-69)
    String custom = "opt/custom/";
    String moved = rel.startsWith(custom) ? rel.substring(custom.length()) : "";
    return List.of("opt/custom", "usr/ports", "usr/local/var.db.pkg").contains(rel)
        || List.of("usr.local.etc", "usr.home").contains(moved)
        || (PotLayout.BASE_TREE.contains(moved) && PotLayout.movedIntoCustom(moved));
  }

  static boolean multi(PotEnv env, String pot) {
    return !env.conf(pot).getStripped("pot.type").equals("single");
  }
}
