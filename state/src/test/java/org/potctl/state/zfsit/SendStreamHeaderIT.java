package org.potctl.state.zfsit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.zfs.SendStreamHeader;
import org.potctl.state.zfs.StreamDataset;

/**
 * {@link SendStreamHeader} on a real {@code zfs send -R | xz}: the datasets and local properties it
 * reads are those {@code zfs get -s local} reports, index properties (compression) as the numbers
 * the stream carries.
 */
class SendStreamHeaderIT {

  @TempDir Path dir;

  private static String run(List<String> argv) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), () -> argv + " -> " + out);
    return out;
  }

  /** {@code zfs get -s local} of {@code ds}: property to value. */
  private static SortedMap<String, String> local(String ds) throws Exception {
    SortedMap<String, String> m = new TreeMap<>();
    for (String line :
        run(List.of("zfs", "get", "-H", "-s", "local", "-o", "property,value", "all", ds))
            .lines()
            .toList()) {
      String[] f = line.split("\t", 2);
      m.put(f[0], f[1]);
    }
    return m;
  }

  @Test
  void readsTheDatasetsAndLocalPropertiesOfARealReplicationStream() throws Exception {
    try (RealPool pool = RealPool.open(dir.resolve("sim"))) {
      String root = pool.root;
      String ds = root + "/web";
      Path mnt = dir.resolve("web");
      run(
          List.of(
              "zfs",
              "create",
              "-o",
              "mountpoint=" + mnt,
              "-o",
              "org.example:a=b",
              "-o",
              "compression=on",
              ds));
      run(List.of("zfs", "create", "-o", "org.example:c=d", "-o", "canmount=noauto", ds + "/m"));
      byte[] noise = new byte[3 << 20];
      new java.util.Random(1).nextBytes(noise);
      Files.write(mnt.resolve("noise"), noise); // a stream far longer than the prefix read
      run(List.of("zfs", "snapshot", "-r", ds + "@s1"));
      run(List.of("zfs", "set", "org.example:snap=1", ds + "@s1"));
      run(List.of("zfs", "snapshot", "-r", ds + "@s2"));
      Path xz = dir.resolve("web.xz");
      List<Process> pipe =
          ProcessBuilder.startPipeline(
              List.of(
                  new ProcessBuilder("zfs", "send", "-R", ds + "@s2"),
                  new ProcessBuilder("/usr/bin/xz").redirectOutput(xz.toFile())));
      for (Process p : pipe) {
        assertEquals(0, p.waitFor());
      }
      byte[] image = Files.readAllBytes(xz);
      assertTrue(image.length > 2 * SendStreamHeader.XZ_PREFIX, "image of " + image.length);
      SendStreamHeader h = SendStreamHeader.fromXzPrefix(image);
      assertEquals(ds + "@s2", h.toName());
      assertTrue(h.compound());
      assertEquals(List.of(ds, ds + "/m"), h.datasets().stream().map(StreamDataset::name).toList());
      SortedMap<String, String> expected = local(ds);
      assertEquals("on", expected.put("compression", "1")); // ZIO_COMPRESS_ON, an index
      assertEquals(expected, h.datasets().get(0).properties());
      assertEquals(Map.of("canmount", "noauto", "org.example:c", "d"), local(ds + "/m"));
      assertEquals( // ZFS_CANMOUNT_NOAUTO
          Map.of("canmount", "2", "org.example:c", "d"), h.datasets().get(1).properties());
      assertEquals(local(ds + "@s1"), h.datasets().get(0).snapshotProperties().get("s1"));
      assertEquals(Map.of("org.example:snap", "1"), local(ds + "@s1"));
      assertEquals(
          h, SendStreamHeader.fromXzPrefix(Arrays.copyOf(image, SendStreamHeader.XZ_PREFIX)));
    }
  }
}
