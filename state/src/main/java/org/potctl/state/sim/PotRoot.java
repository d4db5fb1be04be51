package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pot's root as {@code mount-in} and {@code mount-out} see it with the pot's file systems
 * mounted: which directories exist ({@code chroot m realpath}, mount-in.sh:74, mount-out.sh:57) and
 * whether {@code mkdir -p} can make a missing one (mount-in.sh:66-72). A multi pot's root is its
 * base mounted read-only with the base's links into {@code opt/custom} (create-base.sh:78-91); a
 * single pot's is one writable dataset holding the base tree (create.sh:455-463).
 */
final class PotRoot {

  /**
   * The directories of the base tree the simulator and the real-pot kit extract (a FreeBSD base.txz
   * has these and more).
   */
  static final Set<String> BASE_TREE =
      Set.of(
          "bin",
          "boot",
          "dev",
          "lib",
          "libexec",
          "media",
          "mnt",
          "proc",
          "rescue",
          "sbin",
          "tmp",
          "usr",
          "usr/bin",
          "usr/include",
          "usr/lib",
          "usr/libexec",
          "usr/sbin",
          "usr/share",
          "usr/local",
          "etc",
          "etc/rc.d",
          "root",
          "var",
          "var/db",
          "var/db/pkg",
          "var/empty",
          "var/log",
          "var/run",
          "var/tmp");

  /** create-base.sh:78-91: the base's links, and where etc, root and var went. */
  private static final Map<String, String> MULTI_LINKS =
      Map.of(
          "etc", "opt/custom/etc",
          "root", "opt/custom/root",
          "var", "opt/custom/var",
          "home", "opt/custom/usr.home",
          "usr/home", "opt/custom/usr.home",
          "usr/local/etc", "opt/custom/usr.local.etc");

  private PotRoot() {}

  /**
   * {@code realpath} inside the pot: the absolute path, {@code ""} when the directory is missing.
   * pot's realpath also follows a multi pot's links ({@code /var/db} is {@code
   * /opt/custom/var/db}); the simulator keeps the path as given there, as its {@code mount-in} does
   * (docs/real-pot.md, "Not simulated yet").
   */
  static String realpath(PotEnv env, String pot, String mnt) {
    String path = Path.of("/").resolve(mnt).normalize().toString();
    return exists(env, pot, resolve(env, pot, mnt)) ? path : "";
  }

  /** The absolute path {@code mnt} names in the pot, the base's links followed. */
  private static String resolve(PotEnv env, String pot, String mnt) {
    String path = Path.of("/").resolve(mnt).normalize().toString();
    if (multi(env, pot)) {
      for (Map.Entry<String, String> link : MULTI_LINKS.entrySet()) {
        String from = "/" + link.getKey();
        if (path.equals(from) || path.startsWith(from + "/")) {
          return "/" + link.getValue() + path.substring(from.length());
        }
      }
    } else if (path.equals("/home") || path.startsWith("/home/")) {
      return "/usr" + path; // create.sh:461-462
    }
    return path;
  }

  private static boolean exists(PotEnv env, String pot, String path) {
    String rel = path.substring(1);
    if (rel.isEmpty() || Files.isDirectory(Path.of(FscompPass.mRoot(env, pot) + path))) {
      return true;
    }
    if (!multi(env, pot)) {
      return BASE_TREE.contains(rel) || rel.equals("usr/home");
    }
    String custom = "opt/custom/";
    if (rel.startsWith(custom)) {
      String moved = rel.substring(custom.length());
      return List.of("usr.local.etc", "usr.home").contains(moved)
          || (BASE_TREE.contains(moved) && List.of("etc", "root", "var").contains(top(moved)));
    }
    return List.of("opt", "opt/custom", "usr/ports", "usr/local/var.db.pkg").contains(rel)
        || (BASE_TREE.contains(rel) && !List.of("etc", "root", "var").contains(top(rel)));
  }

  private static String top(String rel) {
    int slash = rel.indexOf('/');
    return slash < 0 ? rel : rel.substring(0, slash);
  }

  private static boolean multi(PotEnv env, String pot) {
    return !env.conf(pot).getStripped("pot.type").equals("single");
  }
}
