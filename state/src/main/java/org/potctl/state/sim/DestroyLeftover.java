package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code _fscomp_zfs_destroy} (destroy.sh:94-107): after {@code zfs destroy}, a directory still at
 * {@code $FR/fscomp/F} is removed with {@code Removing leftover mountpoint …}. libzfs removes a
 * destroyed file system's mount point only when the mountpoint property is inherited or the default
 * ({@code remove_mountpoint}); one set locally stays. clone-fscomp sets it locally ({@code zfs
 * clone -o mountpoint=$FR/fscomp/F}, clone-fscomp.sh:31), so the directory of a cloned fscomp is
 * left.
 */
final class DestroyLeftover {

  private DestroyLeftover() {}

  /** Destroys the fscomp {@code name}'s dataset, then removes its leftover mount point. */
  static void destroyFscomp(PotEnv env, String name) {
    String ds = env.paths.fscompDataset(name);
    Path dir = env.paths.fsRoot().resolve("fscomp").resolve(name);
    String source = get(env, "source", ds);
    boolean local = source.equals("local") && get(env, "value", ds).equals(dir.toString());
    env.zfsOrFail("zfs failed to destroy the dataset " + ds, "destroy", "-f", "-r", ds);
    if (local || Files.isDirectory(dir)) {
      env.out.debug("Removing leftover mountpoint " + dir);
      ZfsMounts.delete(dir);
    }
  }

  private static String get(PotEnv env, String field, String ds) {
    return env.zfs.zfs(List.of("get", "-H", "-o", field, "mountpoint", ds)).stdout().strip();
  }
}
