package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code pot copy-in} and {@code pot copy-out} (copy-in.sh, copy-out.sh of 0.16.1): pot's checks,
 * and on a stopped pot the mount and unmount around the copy ({@link JailMounts}: fscomp.conf
 * converted, zfs-remount datasets moved in and back, with their {@code -v} lines) and the one-shot
 * jails that run {@code mkdir} and {@code cp} (each takes a jail id). No file is copied: nothing
 * runs inside a simulated pot. A copy-in source is a file of this machine (a spec directory's); a
 * copy-out destination is a directory of the simulated host ({@link SimHostFs}).
 */
final class PotCopy {

  private final PotEnv env;
  private final PotCommands pot;

  PotCopy(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    boolean in = cmd.equals("copy-in");
    Getopts g = pot.getopts(cmd, args, in ? "hvs:d:p:Fc" : "hvs:d:p:F");
    String p = g.last('p');
    if (p == null) {
      throw refused(cmd, "A pot name is mandatory");
    }
    if (g.last('s') == null) {
      throw refused(cmd, "A source is mandatory");
    }
    if (g.last('d') == null) {
      throw refused(cmd, "A destination is mandatory");
    }
    String path = in ? g.last('d') : g.last('s');
    if (!path.startsWith("/")) {
      throw env.out.fail(
          "The " + (in ? "destination" : "source") + " has to be an absolute pathname");
    }
    if (!env.isPot(p, false)) {
      throw refused(cmd, "pot " + p + " is not valid");
    }
    // copy-in's unreadable source and copy-out's bad destination are only reported: pot's _error
    // returns 0, so the command goes on (copy-in.sh:28, copy-out.sh:27)
    boolean badDestination = false;
    if (in) {
      Path source = Path.of(g.last('s'));
      if (!Files.isRegularFile(source) && !Files.isDirectory(source)) {
        throw refused(cmd, g.last('s') + " not valid");
      }
      if (!Files.isReadable(source)) {
        env.out.error(g.last('s') + " not readable");
      }
    } else if (!SimHostFs.of(env.paths.dir()).isHostDirectory(Path.of(g.last('d')))) {
      env.out.error(g.last('d') + " not valid");
      badDestination = true;
    }
    boolean running = env.running(p);
    if (running && !g.has('F')) {
      env.out.error(
          "Copying files "
              + (in ? "on" : "from")
              + " a running pot is discouraged, it can partially expose the host file system to"
              + " the jail");
      env.out.info("Using the -F flag, the operation can be executed anyway, but we disagree");
      throw new Out.PotExit(1);
    }
    if (running) {
      env.out.debug(
          "Copying files "
              + (in ? "on" : "from")
              + " a running pot allowed, because of the -F flag");
    } else {
      mount(p);
    }
    try {
      if (in && g.has('c')) {
        env.out.debug("Destination path " + g.last('d') + " created in the pot " + p);
      }
      if (badDestination) { // mount_nullfs of a missing directory
        throw env.out.fail("Failed to mount destination inside the pot");
      }
      if (!running) {
        // jail -c path=… command=/bin/mkdir|/bin/cp …: one jail id each
        env.state.lastJid += in && g.has('c') ? 2 : 1;
      }
      // no file is copied: nothing runs inside a simulated pot
      env.out.debug("Source " + g.last('s') + " copied " + (in ? "in" : "from") + " the pot " + p);
      return 0;
    } finally {
      if (!running) {
        JailMounts.umount(env, p, true);
      }
    }
  }

  /**
   * {@code _pot_mount}, whose result copy-in.sh and copy-out.sh do not check: a dataset that is
   * gone is an error line, and the copy goes on.
   */
  private void mount(String p) {
    try {
      JailMounts.mount(env, p, () -> {});
    } catch (Out.PotExit reported) {
      // pot's _pot_mount returned 1; the caller does not look at it
    }
  }

  /** An error, then the command's help, and {@code return 1}. */
  private Out.PotExit refused(String cmd, String message) {
    return pot.refused(cmd, cmd.equals("copy-in") ? "hvs:d:p:Fc" : "hvs:d:p:F", message);
  }
}
