package org.potctl.controller.zfsit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.cli.Main;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * Delete into the trash and restore, with real datasets: a file written into an fscomp is gone with
 * the fscomp after {@code apply --allow-data-loss} and back after {@code potctl restore}.
 */
class RestoreRealZfsIT {

  @TempDir Path sim;

  @TempDir Path work;

  private String host;

  private static String poolOrSkip() {
    String pool = System.getenv("POTCTL_ZFS_POOL");
    if (pool == null || pool.isBlank()) {
      String why = "real ZFS tests need POTCTL_ZFS_POOL (./run-tests sets up zfs-fuse as root)";
      if ("1".equals(System.getenv("REQUIRE_ZFS"))) {
        fail("REQUIRE_ZFS=1 but " + why);
      }
      System.err.println("NOTICE: ZFS integration tests SKIPPED: " + why);
      Assumptions.abort("ZFS tests skipped: " + why);
    }
    return pool;
  }

  private void potctl(int expected, String... args) {
    List<String> all = new ArrayList<>(List.of("--host", host));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertEquals(expected, code, String.join(" ", args) + "\n" + out + err);
  }

  @Test
  void aFileInADeletedFscompIsBackAfterRestore() throws Exception {
    String root = poolOrSkip() + "/potctl-it-" + UUID.randomUUID().toString().substring(0, 8);
    host = "sim:" + sim + "?zfs=real:" + root;
    Path spec = Files.createDirectories(work.resolve("app"));
    try {
      Files.writeString(
          spec.resolve("app.yaml"), "version: 1\nfscomps:\n  data: {protect: false}\n  logs: {}\n");
      potctl(0, "apply", spec.toString(), "--yes");
      Path data = sim.resolve("fsroot/fscomp/data");
      Files.writeString(data.resolve("db.sqlite"), "rows");

      Files.writeString(spec.resolve("app.yaml"), "version: 1\nfscomps:\n  logs: {}\n");
      potctl(0, "apply", spec.toString(), "--yes", "--allow-data-loss");
      assertFalse(Files.exists(data.resolve("db.sqlite")), "the fscomp went to the trash");

      potctl(0, "restore", "--yes", "fscomp.data");
      assertEquals("rows", Files.readString(data.resolve("db.sqlite")));
      potctl(3, "restore", "--yes", "fscomp.data");
      Files.writeString(
          spec.resolve("app.yaml"), "version: 1\nfscomps:\n  data: {protect: false}\n  logs: {}\n");
      potctl(0, "plan", spec.toString(), "--detailed-exitcode");
    } finally {
      Command destroy = Command.of("zfs", "destroy", "-r", "-f", root);
      new SimulatedHost(SimOptions.parse(sim + "?zfs=real:" + root)).run(destroy);
    }
  }
}
