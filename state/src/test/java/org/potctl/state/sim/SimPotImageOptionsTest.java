package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export's {@code -A} and {@code -F} with several snapshots, and prepare's option checks, as the
 * real-pot kit's images sequence found them (export.sh:214-226, prepare.sh:80-137).
 */
class SimPotImageOptionsTest {

  @TempDir Path dir;
  private SimFixture sim;

  @BeforeEach
  void setUp() throws Exception {
    sim = new SimFixture(dir.resolve("sim"));
    Files.createDirectories(dir.resolve("sim/hostfs/images"));
    sim.ok("pot", "create", "-p", "web", "-t", "single", "-b", "14.1");
    sim.ok("zfs", "snapshot", "-r", "zroot/pot/jails/web@1700000000");
    sim.ok("zfs", "snapshot", "-r", "zroot/pot/jails/web@1700000001");
  }

  private List<String> snapshots(String dataset) {
    return sim.ok("zfs", "list", "-H", "-d", "1", "-t", "snapshot", "-o", "name", dataset)
        .stdout()
        .lines()
        .toList();
  }

  @Test
  void exportDashAPurgesTheOlderSnapshotsAndExportsTheNewest() {
    assertEquals(
        "===>  Pot web has more than 1 snapshot - auto-purge will delete older snapshots\n"
            + "===>  exporting web @ 1700000001 to /images/web_1.0.xz\n",
        sim.ok("pot", "export", "-p", "web", "-t", "1.0", "-D", "/images", "-A").stdout());
    assertEquals(List.of("zroot/pot/jails/web@1700000001"), snapshots("zroot/pot/jails/web"));
  }

  @Test
  void anImageExportedWithDashFCarriesEverySnapshotToTheImportedPot() {
    sim.ok("pot", "export", "-p", "web", "-t", "1.0", "-D", "/images", "-F");
    sim.ok("pot", "import", "-p", "web", "-t", "1.0", "-U", "file:///images");
    assertEquals(
        List.of("zroot/pot/jails/web_1_0@1700000000", "zroot/pot/jails/web_1_0@1700000001"),
        snapshots("zroot/pot/jails/web_1_0"));
    assertEquals(
        List.of("zroot/pot/jails/web_1_0/m@1700000000", "zroot/pot/jails/web_1_0/m@1700000001"),
        snapshots("zroot/pot/jails/web_1_0/m"));
  }

  private String prepare(String... options) {
    List<String> argv =
        new java.util.ArrayList<>(List.of("pot", "prepare", "-p", "web", "-t", "1.0", "-a", "1"));
    argv.addAll(List.of(options));
    return sim.run(argv.toArray(String[]::new)).stdout().lines().findFirst().orElse("");
  }

  @Test
  void prepareChecksEachOptionAsGetoptsMeetsItBeforeAnythingElse() {
    sim.ok("pot", "export", "-p", "web", "-t", "1.0", "-D", "/images", "-A");
    sim.ok("pot", "prepare", "-p", "web", "-t", "1.0", "-a", "1", "-U", "file:///images");
    // web_1_0_1 exists now: each bad option is still reported first, the first one met wins
    assertEquals("###>  0 is not a valid port number", prepare("-e", "0", "-N", "nosuch"));
    assertEquals("###>  Network type nosuch not recognized", prepare("-N", "nosuch", "-e", "0"));
    assertEquals("###>  Network stack ipv5 not valid", prepare("-S", "ipv5"));
    assertEquals("###>  '' is not a valid dns option", prepare("-d", "nosuch"));
    assertEquals(
        "###>  The file /nonexistent is not valid or readable",
        prepare("-d", "custom:/nonexistent"));
    assertEquals("###>  A pot with name web_1_0_1 already exists", prepare("-N", "host"));
  }
}
