package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -v} of copy-in, copy-out and update-config as pot 0.16.1 prints it (copy-in.sh:140-198,
 * copy-out.sh:124-155, update-config.sh:39-150): a stopped pot is mounted and unmounted around the
 * copy by {@code _pot_mount}/{@code _pot_umount}, with their lines; a running one says that {@code
 * -F} allowed it. The real-pot kit's {@code inside-verbose} sequence compares the same.
 */
class SimPotCopyVerboseTest {

  @TempDir Path dir;
  private SimFixture sim;
  private Path source;

  @BeforeEach
  void setUp() throws Exception {
    sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "s1", "-b", "14.1", "-t", "single");
    source = Files.writeString(dir.resolve("file.txt"), "x\n");
  }

  private static List<String> debug(String stdout) {
    return stdout.lines().filter(l -> l.startsWith("=====>  ")).map(l -> l.substring(8)).toList();
  }

  @Test
  void copyInOnAStoppedPotMountsCopiesAndUnmounts() {
    List<String> lines =
        debug(
            sim.ok(
                    "pot",
                    "copy-in",
                    "-v",
                    "-p",
                    "s1",
                    "-s",
                    source.toString(),
                    "-d",
                    "/root/x/f",
                    "-c")
                .stdout());
    String m = lines.stream().filter(l -> l.startsWith("mount ")).findFirst().orElseThrow();
    assertTrue(m.endsWith("/jails/s1/m/tmp"), lines.toString());
    String root = m.substring("mount ".length(), m.length() - "/tmp".length());
    assertEquals(
        List.of(
            "mount " + root + "/tmp",
            "Destination path /root/x/f created in the pot s1",
            "Source " + source + " copied in the pot s1",
            "unmount " + root + "/tmp",
            root + "/dev is already unmounted"),
        lines);
  }

  @Test
  void copyOutOfARunningPotNeedsTheForceAndSaysSo() throws Exception {
    Files.createDirectories(SimHostFs.of(dir).onDisk(Path.of("/srv")));
    sim.ok("pot", "start", "s1");
    assertEquals(
        List.of(
            "Copying files from a running pot allowed, because of the -F flag",
            "Source /etc/rc.conf copied from the pot s1"),
        debug(
            sim.ok("pot", "copy-out", "-v", "-F", "-p", "s1", "-s", "/etc/rc.conf", "-d", "/srv")
                .stdout()));
  }

  @Test
  void updateConfigOfACurrentPotAppendsOnlyWhatPotAlwaysMisses() {
    List<String> once = debug(sim.ok("pot", "update-config", "-v", "-p", "s1").stdout());
    // pot's own lookups: exec_stop= is found empty at every run, the misspelt
    // early.start-at-boot key is never written by create
    assertTrue(once.contains("pot.attr.early.start-at-boot=NO"), once.toString());
    List<String> all = debug(sim.ok("pot", "update-config", "-v", "-a").stdout());
    assertEquals("Updated s1 configuration", all.get(all.size() - 1), all.toString());
  }
}
