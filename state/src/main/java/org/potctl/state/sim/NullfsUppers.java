package org.potctl.state.sim;

import java.util.HashSet;
import java.util.Set;

/**
 * The simulated kernel's nullfs mounts of datasets: a running pot has every fscomp.conf line
 * mounted (start mounts them all, mount-in and mount-out on a running pot mount and unmount at
 * once), and a dataset line without {@code zfs-remount} is a nullfs mount of the dataset's
 * mountpoint into the jail. Such a file system cannot be unmounted, so {@code zfs destroy} (even
 * {@code -f}) fails while it is: FreeBSD's unmount refuses a file system with nullfs mounts on it
 * ({@code EBUSY}), as Linux refuses one with bind mounts in the real-pot kit.
 */
final class NullfsUppers {

  private final SimState state;
  private final SimPaths paths;

  NullfsUppers(SimState state, SimPaths paths) {
    this.state = state;
    this.paths = paths;
  }

  /** The datasets running pots have nullfs-mounted now. */
  Set<String> held() {
    Set<String> held = new HashSet<>();
    for (String pot : state.jails.keySet()) {
      String fscomp = AtomicFiles.readOrEmpty(paths.confDir(pot).resolve("fscomp.conf"));
      for (String line : fscomp.lines().toList()) {
        String[] f = FscompPass.fields(line);
        if (!f[0].isEmpty() && !f[2].equals("zfs-remount")) {
          held.add(f[0]);
        }
      }
    }
    return held;
  }
}
