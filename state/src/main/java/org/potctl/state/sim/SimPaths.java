package org.potctl.state.sim;

import java.nio.file.Path;

/**
 * Where things live on the simulated host: pot's {@code POT_FS_ROOT} is {@code DIR/fsroot}, its
 * {@code POT_TMP} (status files, locks) is {@code DIR/tmp}, its flavour directory {@code
 * DIR/etc/pot/flavours}.
 *
 * @param dir the simulator's directory
 * @param zfsRoot pot's {@code POT_ZFS_ROOT}: {@code zroot/pot} or {@code POOL/pot}
 */
record SimPaths(Path dir, String zfsRoot) {

  /** The pool of the modelled ZFS when no real pool is used. */
  static final String MODEL_POOL = "zroot";

  Path fsRoot() {
    return dir.resolve("fsroot");
  }

  /** pot's {@code POT_CACHE}: the mountpoint of {@code POT_ZFS_ROOT/cache}, as init makes it. */
  Path cache() {
    return dir.resolve("cache");
  }

  /**
   * Where the host path {@code hostPath} lies on this machine: a path in the simulator's own
   * directory (pot's trees, its cache) is itself, any other is in the host's tree ({@link
   * SimHostFs}).
   */
  Path host(String hostPath) {
    Path p = Path.of(hostPath).normalize();
    Path own = dir.toAbsolutePath().normalize();
    return p.isAbsolute() && p.startsWith(own) ? p : SimHostFs.of(dir).onDisk(p);
  }

  Path tmp() {
    return dir.resolve("tmp");
  }

  Path flavours() {
    return flavours(dir);
  }

  /** pot's flavour directory of the simulator in {@code dir}, as {@code pot config} reports it. */
  static Path flavours(Path dir) {
    return dir.resolve("etc/pot/flavours");
  }

  Path bridges() {
    return fsRoot().resolve("bridges");
  }

  Path potDir(String pot) {
    return fsRoot().resolve("jails").resolve(pot);
  }

  Path confDir(String pot) {
    return potDir(pot).resolve("conf");
  }

  Path statusFile(String pot) {
    return tmp().resolve("pot_status_" + pot);
  }

  String jailDataset(String pot) {
    return zfsRoot + "/jails/" + pot;
  }

  String fscompDataset(String fscomp) {
    return zfsRoot + "/fscomp/" + fscomp;
  }

  String baseDataset(String base) {
    return zfsRoot + "/bases/" + base;
  }

  Path commandsLog() {
    return dir.resolve("commands.log");
  }
}
