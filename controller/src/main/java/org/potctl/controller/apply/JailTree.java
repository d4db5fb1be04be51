package org.potctl.controller.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.state.files.HostFiles;

/**
 * What pot writes into a jail's own tree, as root on the host, at every {@code pot start}: {@code
 * /etc/hosts} ({@code printf >}, start.sh:120, whatever {@code no-etc-hosts} says), {@code
 * /etc/resolv.conf} ({@code cp} or {@code echo >}, start.sh:84-101, unless {@code dns: off}) and,
 * without pot's tmpfs, {@code /tmp/environment.sh} and {@code /tmp/tinirc} (start.sh:467, 525,
 * 453). Those paths resolve on the host, so a symbolic link the jail's root left there (the spec's
 * {@code cmd} or flavour script runs as that root) makes pot overwrite the host file it names:
 * {@code ln -s /etc/rc.conf /etc/hosts} in the jail, and the next start truncates the host's
 * rc.conf. So a pot is started only when none of them, nor the directories holding them, is a link
 * or anything but a regular file; {@link HostFiles} never follows a link and says so.
 */
final class JailTree {

  static final String WHY =
      "(pot start writes /etc/hosts, /etc/resolv.conf and /tmp files of the jail as root on the"
          + " host and would follow it to a host file); remove it from the pot's tree";

  private JailTree() {}

  /**
   * Why the stopped {@code pot} must not be started, or have {@code points} (paths inside the pot:
   * a new mount point, a flavour's {@code copy-in -d}) mounted or written, or empty.
   */
  static Optional<String> problem(String fsRoot, String pot, List<String> points, HostFiles files) {
    String jail = (fsRoot.endsWith("/") ? fsRoot : fsRoot + "/") + "jails/" + pot;
    Optional<String> conf = files.read(jail + "/conf/pot.conf");
    if (conf.isEmpty()) {
      return Optional.empty(); // not pot's tree as potctl knows it: pot start says so itself
    }
    boolean multi = conf.get().lines().anyMatch(l -> l.equals("pot.type=multi"));
    boolean tmpfs = conf.get().lines().noneMatch(l -> l.equals("pot.attr.no-tmpfs=YES"));
    String root = jail + "/m";
    // a stopped multi pot's /etc lives in its custom dataset, mounted at jails/P/custom
    String etc = multi ? jail + "/custom/etc" : root + "/etc";
    // pot mounts its tmpfs on m/tmp at every start (common.sh:1142): through a link, over a host
    // directory
    List<String> dirs = new ArrayList<>(List.of(root, etc, root + "/tmp"));
    List<String> written = new ArrayList<>(List.of(etc + "/hosts", etc + "/resolv.conf"));
    if (!tmpfs && !multi) {
      written.add(root + "/tmp/environment.sh");
      written.add(root + "/tmp/tinirc");
    }
    files
        .read(jail + "/conf/fscomp.conf")
        .ifPresent(fscomp -> dirs.addAll(mountPointPaths(jail, multi, fscomp)));
    points.forEach(at -> dirs.addAll(mountPointPaths(jail, multi, "new " + at)));
    for (String dir : dirs) {
      files.list(dir); // refuses a link
    }
    for (String file : written) {
      files.readBytes(file); // refuses a link, a FIFO, a directory
    }
    return Optional.empty();
  }

  /**
   * Why {@code pot stop} of the running {@code pot} must not run, or empty: after the jail is gone
   * stop.sh removes {@code /etc/resolv.conf} of the jail's tree on the host ({@code [ -f … ] && rm
   * -f …}, stop.sh:152-162, unless {@code dns: off}), following links; so neither {@code m}, its
   * {@code /etc} (a multi pot's {@code jails/P/custom/etc}) nor the file may be a link.
   */
  static Optional<String> stopProblem(String fsRoot, String pot, HostFiles files) {
    String jail = (fsRoot.endsWith("/") ? fsRoot : fsRoot + "/") + "jails/" + pot;
    Optional<String> conf = files.read(jail + "/conf/pot.conf");
    if (conf.isEmpty() || conf.get().lines().anyMatch(l -> l.equals("pot.dns=off"))) {
      return Optional.empty();
    }
    boolean multi = conf.get().lines().anyMatch(l -> l.equals("pot.type=multi"));
    String etc = multi ? jail + "/custom/etc" : jail + "/m/etc";
    files.list(jail + "/m"); // refuses a link
    files.list(etc);
    files.readBytes(etc + "/resolv.conf"); // refuses a link, a FIFO, a directory
    return Optional.empty();
  }

  /**
   * Every directory on the way to each mount point of {@code fscomp.conf}, as the host sees it
   * while the pot is stopped: pot mounts at {@code jails/P/m<point>} at every start ({@code
   * mount_nullfs}, or its tmpfs), and makes a missing last directory with {@code mkdir}, both
   * following links. The jail's root can rename a mount point's parent while it runs (only the
   * mount point itself is busy) and leave a link in its place ({@code /mnt -> /etc}): the next
   * start would mount the fscomp, which the jail writes, over {@code /etc/cron.d} of the host. A
   * stopped multi pot's {@code /opt/custom} and {@code /usr/local} are its own datasets at {@code
   * jails/P/custom} and {@code jails/P/usr.local}.
   */
  static List<String> mountPointPaths(String jail, boolean multi, String fscomp) {
    List<String> paths = new ArrayList<>();
    for (String line : fscomp.lines().toList()) {
      String[] f = line.strip().split("\\s+");
      if (f.length < 2 || !f[1].startsWith("/")) {
        continue;
      }
      String point = f[1];
      if (point.equals(jail + "/m") || point.startsWith(jail + "/m/")) {
        point = point.substring((jail + "/m").length()); // pot's older, absolute form
      }
      String base = jail + "/m";
      String rest = point;
      if (multi) {
        for (String[] own :
            new String[][] {{"/opt/custom", "/custom"}, {"/usr/local", "/usr.local"}}) {
          if (point.equals(own[0]) || point.startsWith(own[0] + "/")) {
            base = jail + own[1];
            rest = point.substring(own[0].length());
          }
        }
      }
      StringBuilder at = new StringBuilder(base);
      for (String part : rest.split("/")) {
        if (part.isEmpty() || part.equals(".")) {
          continue;
        }
        if (part.equals("..")) {
          break; // pot writes the realpath of a mount point: none has one
        }
        at.append('/').append(part);
        paths.add(at.toString());
      }
    }
    return paths;
  }
}
