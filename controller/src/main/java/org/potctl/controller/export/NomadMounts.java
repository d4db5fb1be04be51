package org.potctl.controller.export;

import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;

/** Mounts as the nomad-pot-driver takes them: {@code HOST_PATH:POT_PATH}. */
final class NomadMounts {

  private NomadMounts() {}

  /**
   * The host path of a mount on a client whose {@code POT_FS_ROOT} is {@code fsRoot}: {@code
   * <fsRoot>/fscomp/<name>} for an fscomp (where {@code pot create-fscomp} puts it), the directory
   * itself for a host directory.
   */
  static String hostPath(MountSpec m, String fsRoot) {
    return switch (m.source()) {
      case MountSource.Fscomp f -> fsRoot + "/fscomp/" + f.name();
      case MountSource.HostDir d -> d.path().toString();
    };
  }

  /** The driver's {@code mount} / {@code mount_read_only} entry. */
  static String entry(MountSpec m, String fsRoot) {
    return hostPath(m, fsRoot) + ":" + m.at();
  }
}
