package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.zfs.SendStreamHeader;
import org.potctl.state.zfs.StreamDataset;

/** The simulator's images carry a real-format send header that {@link SendStreamHeader} reads. */
class SimSendStreamTest {

  @TempDir Path dir;

  @Test
  void anExportedImageHasTheHeaderOfZfsSendRAndImportSetsItsProperties() throws Exception {
    SimFixture sim = new SimFixture(dir.resolve("sim"));
    Files.createDirectories(dir.resolve("sim/hostfs/images"));
    sim.ok("pot", "create", "-p", "web", "-t", "single", "-b", "14.1");
    sim.ok("zfs", "set", "potctl:owner=team", "zroot/pot/jails/web");
    sim.ok("zfs", "set", "potctl:protect=on", "zroot/pot/jails/web/m");
    sim.ok("pot", "snapshot", "-p", "web");
    sim.ok("pot", "export", "-p", "web", "-t", "1.2", "-D", "/images");
    byte[] image = Files.readAllBytes(dir.resolve("sim/hostfs/images/web_1.2.xz"));
    SendStreamHeader h = SendStreamHeader.fromXzPrefix(image);
    String snap =
        sim.ok("zfs", "get", "-H", "-o", "value", ":pot.snap", "zroot/pot/jails/web")
            .stdout()
            .strip();
    assertEquals("zroot/pot/jails/web@" + snap, h.toName());
    assertTrue(h.compound());
    List<StreamDataset> ds = h.datasets();
    assertEquals(
        List.of("zroot/pot/jails/web", "zroot/pot/jails/web/m"),
        ds.stream().map(StreamDataset::name).toList());
    assertEquals("team", ds.get(0).properties().get("potctl:owner"));
    assertEquals(Map.of("potctl:protect", "on"), ds.get(1).properties());
    assertEquals(Map.of(snap, Map.of()), ds.get(1).snapshotProperties());

    sim.ok("pot", "import", "-p", "web", "-t", "1.2", "-U", "file:///images");
    assertEquals(
        "team\n",
        sim.ok("zfs", "get", "-H", "-o", "value", "potctl:owner", "zroot/pot/jails/web_1_2")
            .stdout());
    assertEquals(
        "on\n",
        sim.ok("zfs", "get", "-H", "-o", "value", "potctl:protect", "zroot/pot/jails/web_1_2/m")
            .stdout());
  }

  @Test
  void theOldTextImageAndDamagedOnesAreNoStream() throws Exception {
    assertTrue(SimImageFile.parse("potsim-image 1\nsnapshot 1\n".getBytes()).isEmpty());
    byte[] good =
        SimSendStream.xz(
            "zroot/pot/jails/web",
            List.of("1", "2"),
            Map.of("", Map.of("a:b", "c")),
            "potsim-image 2\nsnapshot 1 2\n".getBytes());
    SimImageFile parsed = SimImageFile.parse(good).orElseThrow();
    assertEquals(List.of("1", "2"), parsed.snapshots());
    assertEquals(Map.of("", Map.of("a:b", "c")), parsed.properties());
    assertTrue(SimImageFile.parse(java.util.Arrays.copyOf(good, good.length / 2)).isEmpty());
    byte[] otherSnap =
        SimSendStream.xz(
            "zroot/pot/jails/web",
            List.of("3"),
            Map.of(),
            "potsim-image 2\nsnapshot 1 2\n".getBytes());
    assertTrue(SimImageFile.parse(otherSnap).isEmpty());
  }
}
