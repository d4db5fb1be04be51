package org.potctl.state.pot;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pot's root as {@code pot mount-in} sees it (mount-in.sh:47-79): the path it writes into
 * fscomp.conf is the mount point's {@code realpath} inside the pot, and a missing mount point is
 * made with {@code mkdir -p}.
 *
 * <ul>
 *   <li>A multi pot's root is its base mounted read-only (level 1 and 2, create.sh:278-291); {@code
 *       /opt/custom} is the pot's own dataset, {@code /usr/local} too at level 1 (read-only at
 *       level 2, writable at level 0). The base's {@code etc}, {@code root}, {@code var} and {@code
 *       home} are links into {@code opt/custom} (create-base.sh:78-91), so {@code /var/db} is
 *       {@code /opt/custom/var/db}.
 *   <li>A single pot's root is one writable dataset whose {@code home} links to {@code usr/home}
 *       (create.sh:461-462).
 * </ul>
 */
public final class PotLayout {

  /**
   * Directories every FreeBSD base has (a base.txz has these and more): the ones the simulator and
   * the real-pot kit extract.
   */
  public static final Set<String> BASE_TREE =
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

  /** create-base.sh:78-91: a multi base's links, longest first. */
  private static final List<Map.Entry<String, String>> MULTI_LINKS =
      List.of(
          Map.entry("/usr/local/etc", "/opt/custom/usr.local.etc"),
          Map.entry("/usr/home", "/opt/custom/usr.home"),
          Map.entry("/home", "/opt/custom/usr.home"),
          Map.entry("/etc", "/opt/custom/etc"),
          Map.entry("/root", "/opt/custom/root"),
          Map.entry("/var", "/opt/custom/var"));

  /** The directories a multi base moved into {@code opt/custom} (create-base.sh:65-67). */
  private static final Set<String> MOVED = Set.of("etc", "root", "var");

  private PotLayout() {}

  /**
   * The path pot's {@code realpath} gives for {@code path} inside a pot (links followed, {@code .}
   * and {@code ..} resolved): the mount point pot writes into fscomp.conf.
   */
  public static String realPath(boolean multi, String path) {
    String p = Path.of("/").resolve(path).normalize().toString();
    List<Map.Entry<String, String>> links =
        multi ? MULTI_LINKS : List.of(Map.entry("/home", "/usr/home"));
    for (Map.Entry<String, String> link : links) {
      String from = link.getKey();
      if (p.equals(from) || p.startsWith(from + "/")) {
        return link.getValue() + p.substring(from.length());
      }
    }
    return p;
  }

  /**
   * Whether {@code realPath} (see {@link #realPath}) is a directory of every base as a pot of this
   * kind sees it, outside the pot's own datasets.
   */
  public static boolean baseDirectory(boolean multi, String realPath) {
    String rel = realPath.substring(1);
    if (!multi) {
      return BASE_TREE.contains(rel) || rel.equals("usr/home");
    }
    return rel.equals("opt") || (BASE_TREE.contains(rel) && !movedIntoCustom(rel));
  }

  /**
   * Whether {@code rel} (a path without its leading {@code /}) lies in a directory a multi base
   * moved into {@code opt/custom} ({@code etc}, {@code root}, {@code var}; create-base.sh:65-67).
   */
  public static boolean movedIntoCustom(String rel) {
    int slash = rel.indexOf('/');
    return MOVED.contains(slash < 0 ? rel : rel.substring(0, slash));
  }

  /**
   * Why {@code pot mount-in} cannot mount at {@code path} in a multi pot of {@code level}, or empty
   * when it can: a directory missing from the read-only base cannot be made there ({@code mkdir -p}
   * fails, mount-in.sh:66-72). A single pot, or a multi pot of level 0, can make any.
   */
  public static Optional<String> unmountable(boolean multi, int level, String path) {
    String real = realPath(multi, path);
    if (!multi || level == 0 || baseDirectory(true, real)) {
      return Optional.empty();
    }
    List<String> writable =
        level == 1 ? List.of("/opt/custom", "/usr/local") : List.of("/opt/custom");
    if (writable.stream().anyMatch(w -> real.equals(w) || real.startsWith(w + "/"))) {
      return Optional.empty();
    }
    return Optional.of(
        (real.equals(path) ? path : path + " (" + real + " in the pot)")
            + " is not a directory of the base, and the base is mounted read-only in a level-"
            + level
            + " multi pot, so pot mount-in cannot make it; mount under "
            + String.join(", ", writable)
            + ", /etc, /root, /var or /home (the pot's own datasets), or at a directory every base"
            + " has, such as /mnt or /media");
  }
}
