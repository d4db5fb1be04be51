package org.potctl.state.sim;

import java.util.List;
import org.potctl.state.exec.CommandResult;

/**
 * {@code pot init} and {@code pot de-init} (init.sh, de-init.sh of pot 0.16.1). init makes the
 * datasets that are missing, the bridges directory and pf's two anchors; de-init destroys pot's
 * whole ZFS root and takes the anchors out again. Host files ({@code /etc/pf.conf}, {@code
 * /etc/rc.conf}) are the simulated host's own ({@link HostFiles}); syslog's files and the pot group
 * are not modelled.
 */
final class PotInit {

  private final PotEnv env;
  private final PotCommands pot;
  private final HostFiles files;

  PotInit(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
    this.files = new HostFiles(env);
  }

  int run(String cmd, List<String> args) {
    return cmd.equals("init")
        ? init(pot.getopts(cmd, args, "hmsvf:p:"))
        : deInit(pot.getopts(cmd, args, "fhmvp:"));
  }

  /** init.sh:22-199, the options read in their order ({@code -m} empties a {@code -p} before). */
  private int init(Getopts g) {
    String pf = files.pfRules();
    boolean skipSyslog = false;
    for (Getopts.Opt o : g.options()) {
      switch (o.letter()) {
        case 'f', 'p' -> pf = o.arg();
        case 'm' -> {
          pf = "";
          skipSyslog = true;
        }
        case 's' -> skipSyslog = true;
        default -> {}
      }
    }
    String zr = env.paths.zfsRoot();
    String fsRoot = env.paths.fsRoot().toString();
    if (!env.zfsExist(zr, fsRoot)) { // _zfs_exist (init.sh:62)
      if (env.datasetExists(zr)) {
        env.out.error(zr + " is an invalid POT root");
        return 1;
      }
      // init.sh:67, its parenthesis left open
      env.out.debug("creating " + zr + " file system (mountpoint " + fsRoot);
      env.zfsReported(
          "create",
          "-o",
          "mountpoint=" + fsRoot,
          "-o",
          "canmount=off",
          "-o",
          "compression=lz4",
          "-o",
          "atime=off",
          zr);
    } else {
      env.out.info(zr + " already present");
    }
    PotEnv.mkdirs(env.paths.fsRoot());
    for (String child : List.of("bases", "jails", "fscomp")) {
      if (!env.datasetExists(zr + "/" + child)) {
        env.out.debug("creating " + zr + "/" + child); // init.sh:87-97; made mounted
        CommandResult r = env.zfs.zfs(List.of("create", zr + "/" + child)); // || ${EXIT} 1
        env.out.err(r.stderr());
        if (!r.succeeded()) {
          throw new Out.PotExit(1);
        }
      }
    }
    if (!env.datasetExists(zr + "/cache")) {
      String cache = env.paths.dir().resolve("cache").toString();
      env.out.debug("creating " + zr + "/cache mounted as " + cache);
      env.zfsReported(
          "create", "-o", "mountpoint=" + cache, "-o", "compression=off", zr + "/cache");
    }
    PotEnv.mkdirs(env.paths.bridges());
    PotEnv.mkdirs(env.paths.tmp());
    if (!skipSyslog) {
      files.backup(
          "/etc/rc.conf"); // then sysrc -q syslogd_flags=…: rc.conf is not modelled further
    }
    if (!pf.isEmpty()) {
      files.addAnchors(pf);
    }
    return 0;
  }

  /**
   * de-init.sh:20-91. Its running-pot check loops over the word {@code _get_pot_list} (the function
   * is never called), so only a pot of that name stops it, and {@code -f} stops only that one.
   */
  private int deInit(Getopts g) {
    String pf = files.pfRules();
    for (Getopts.Opt o : g.options()) {
      if (o.letter() == 'm' || o.letter() == 'p') {
        pf = o.letter() == 'm' ? "" : o.arg();
      }
    }
    String unnamed = "_get_pot_list";
    if (env.running(unnamed)) {
      if (!g.has('f')) {
        throw env.out.fail(
            "At least on pot is still running. Use -f to force the stop of all pots");
      }
      env.out.debug("Stop the pot " + unnamed); // de-init.sh:58
      pot.nested(List.of("stop", unnamed));
    }
    String zr = env.paths.zfsRoot();
    if (!env.datasetExists(zr)) {
      env.out.info("no root dataset found (" + zr + ")");
    } else {
      env.out.info("Deinstall pot (" + zr + ")");
      List<String> destroy =
          g.has('v') ? List.of("destroy", "-r", "-v", zr) : List.of("destroy", "-r", zr);
      // its status is not looked at; a running pot's datasets are busy (BusyDestroy)
      CommandResult r =
          env.state.jails.isEmpty()
              ? env.zfs.zfs(destroy)
              : BusyDestroy.destroy(env, zr, g.has('v'));
      env.out.print(r.stdout());
      env.out.err(r.stderr());
    }
    env.out.println("zfs datasets have been removed");
    if (!pf.isEmpty()) {
      files.removeAnchors(pf);
      env.out.println("pf configuration file should be clean");
      env.out.println("  - please check " + pf + " and reload it");
    }
    env.out.println("check your rc.conf for potential leftovers variable like:");
    env.out.println("  syslogd_flags");
    env.out.println("  pot_enable");
    env.out.println("Please, consider to write a feedback email to pizzamig at FreeBSD dot org");
    env.out.println("It gives us the opportunity to learn and improve");
    return 0;
  }

  /**
   * common.sh's {@code _is_init} (create-base, create-fscomp): the root mounted at {@code
   * POT_FS_ROOT}, else "not initialized" and false; a missing bases, jails or fscomp dataset is
   * only a message (the function's status is then that of the message, 0).
   */
  static boolean isInit(PotEnv env) {
    String zr = env.paths.zfsRoot();
    if (!env.zfsExist(zr, env.paths.fsRoot().toString())) { // _zfs_exist (common.sh:230)
      env.out.qerror("Your system is not initialized, please run pot init");
      return false;
    }
    if (!List.of("bases", "jails", "fscomp").stream()
        .allMatch(child -> env.datasetExists(zr + "/" + child))) {
      env.out.qerror("Your system is not propery initialized, please run pot init to fix it");
    }
    return true;
  }

  /** common.sh's {@code _create_pot_mountpoint}: {@code mkdir -p}, announced at verbosity 2. */
  static void createMountpoint(PotEnv env, java.nio.file.Path dir) {
    if (!java.nio.file.Files.isDirectory(dir)) {
      env.out.debug("Creating mountpoint " + dir);
      PotEnv.mkdirs(dir);
    }
  }
}
