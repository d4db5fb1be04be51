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
