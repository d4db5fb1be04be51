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

  /** Why the stopped {@code pot} must not be started, or empty. */
  static Optional<String> problem(String fsRoot, String pot, HostFiles files) {
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
    for (String dir : dirs) {
      files.list(dir); // refuses a link
    }
    for (String file : written) {
      files.readBytes(file); // refuses a link, a FIFO, a directory
    }
    return Optional.empty();
  }
}
