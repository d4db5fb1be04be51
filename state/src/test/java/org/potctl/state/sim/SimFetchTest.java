package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated host's {@code fetch -o} and {@code od}, the latter against this machine's od. */
class SimFetchTest {

  @TempDir Path dir;
  private SimFixture sim;

  @BeforeEach
  void setUp() {
    sim = new SimFixture(dir.resolve("sim"));
    sim.run("pot", "init");
  }

  @Test
  void fetchCopiesAHostFileIntoPotsCache() throws IOException {
    Path source = sim.dir.resolve("hostfs/srv/images/www_1.xz");
    Files.createDirectories(source.getParent());
    Files.write(source, new byte[] {0, 1, 2, (byte) 0xfd});
    String cache = sim.dir.toAbsolutePath().normalize().resolve("cache").toString();
    var r = sim.run("fetch", "-A", "-o", cache + "/www_1.xz", "file:///srv/images/www_1.xz");
    assertEquals(0, r.exitCode(), r.stderr());
    assertArrayEquals(
        new byte[] {0, 1, 2, (byte) 0xfd}, Files.readAllBytes(Path.of(cache, "www_1.xz")));
  }

  @Test
  void fetchOfAMissingFileFailsAsFetchDoes() {
    var r = sim.run("fetch", "-A", "-o", "/var/cache/pot/www_1.xz", "file:///srv/images/www_1.xz");
    assertEquals(1, r.exitCode());
    assertEquals("fetch: file:///srv/images/www_1.xz: No such file or directory\n", r.stderr());
  }

  @Test
  void odPrintsWhatThisMachinesOdPrints() throws Exception {
    byte[] bytes = new byte[77];
    new Random(7).nextBytes(bytes);
    Path file = sim.dir.toAbsolutePath().normalize().resolve("cache/www_1.xz");
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    Process od =
        new ProcessBuilder("od", "-An", "-v", "-tx1", "-N", "70", file.toString())
            .redirectErrorStream(true)
            .start();
    String expected = new String(od.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, od.waitFor());
    var r = sim.run("od", "-An", "-v", "-tx1", "-N", "70", file.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(expected, r.stdout());
    assertTrue(expected.lines().count() == 5, expected);
  }
}
