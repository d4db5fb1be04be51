package org.potctl.state.zfsit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole pot lifecycle on the simulated host with {@code zfs=real:POOL}: the datasets are real, so
 * the files written into an fscomp really live on ZFS and must survive stopping, replacing and
 * deleting the pot that mounts it.
 */
class SimRealZfsLifecycleIT {

  @TempDir Path dir;

  private static boolean mounted(Path path) throws Exception {
    return Files.readAllLines(Path.of("/proc/mounts")).stream()
        .anyMatch(l -> l.split(" ")[1].equals(path.toString()));
  }

  @Test
  void fscompDataSurvivesStopReplaceAndDelete() throws Exception {
    try (RealPool zfs = RealPool.open(dir)) {
      String zr = zfs.potRoot();
      assertEquals(zr + "\n", zfs.ok("pot", "config", "-q", "-g", "zfs_root").stdout());
      zfs.ok("pot", "create-base", "-r", "14.1");
      zfs.ok("pot", "create-fscomp", "-f", "data");
      zfs.ok("zfs", "set", "potctl:owner=it", zr + "/fscomp/data");
      zfs.ok("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
      zfs.ok("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/var/db/data");
      zfs.ok("pot", "export-ports", "-p", "web", "-e", "80:30080");
      Path fscompDir = dir.resolve("fsroot/fscomp/data");
      assertTrue(mounted(fscompDir), "the fscomp is a real mounted dataset");
      assertTrue(mounted(dir.resolve("fsroot/jails/web")), "the pot's root dataset holds its conf");
      Files.writeString(fscompDir.resolve("db.sqlite"), "rows");

      zfs.ok("pot", "start", "web");
      assertEquals(
          dir.resolve("fsroot/jails/web/m/usr/local") + "\n",
          zfs.ok("zfs", "get", "-H", "-o", "value", "mountpoint", zr + "/jails/web/usr.local")
              .stdout());
      assertTrue(
          zfs.ok("pfctl", "-a", "pot-rdr/*", "-s", "nat")
              .stdout()
              .contains("port = 30080 -> 10.192.0.3 port 80"));
      zfs.ok("pot", "stop", "web");
      assertEquals(
          dir.resolve("fsroot/jails/web/usr.local") + "\n",
          zfs.ok("zfs", "get", "-H", "-o", "value", "mountpoint", zr + "/jails/web/usr.local")
              .stdout());
      assertEquals("rows", Files.readString(fscompDir.resolve("db.sqlite")));

      zfs.ok("pot", "destroy", "-p", "web");
      assertEquals(1, zfs.run("zfs", "list", zr + "/jails/web").exitCode());
      zfs.ok("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
      zfs.ok("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/var/db/data");
      zfs.ok("pot", "start", "web");
      assertEquals("rows", Files.readString(fscompDir.resolve("db.sqlite")));

      zfs.ok("pot", "destroy", "-F", "-p", "web");
      assertEquals("rows", Files.readString(fscompDir.resolve("db.sqlite")));
      assertEquals(
          "it\n",
          zfs.ok("zfs", "get", "-H", "-o", "value", "potctl:owner", zr + "/fscomp/data").stdout());
      assertEquals("", zfs.ok("jls").stdout().lines().skip(1).reduce("", String::concat));
    }
  }
}
