package org.potctl.controller.zfsit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.cli.Main;
import org.potctl.controller.testkit.RealZfsRoot;

/**
 * Delete into the trash and restore, with real datasets: a file written into an fscomp is gone with
 * the fscomp after {@code apply --allow-data-loss} and back after {@code potctl restore}.
 */
class RestoreRealZfsIT {

  @TempDir Path sim;

  @TempDir Path work;

  private String host;

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
    String root = RealZfsRoot.fresh();
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
      RealZfsRoot.destroy(sim, root);
    }
  }
}
