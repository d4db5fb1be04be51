package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * A saved plan names the spec directory and id that {@code apply FILE} re-plans, so whoever can
 * write the file chooses what the operator applies (with the operator's options, {@code
 * --allow-hooks} among them). {@code plan --out} wrote it with the process's umask (0666 under
 * umask 000) and through a symbolic link planted at its name (in {@code /tmp}: root overwrote the
 * link's target with JSON), and {@code apply} read a plan anyone could have written. Now the file
 * is written 0600 through a new file renamed over the name, and read only when no link and no group
 * or other write bit.
 */
class SavedPlanFileTest {

  @TempDir Path dir;
  private Potctl host;
  private Path spec;

  @BeforeEach
  void setUp() throws IOException {
    host = Potctl.onSim(dir.resolve("sim"));
    spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("p.yaml"), "version: 1\npots:\n  web:\n    base: \"14.1\"\n");
  }

  @Test
  void thePlanIsWrittenOwnerOnly() throws IOException {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, "old");
    Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("rw-rw-rw-"));
    Run r = host.run("plan", spec.toString(), "--out", plan.toString());
    assertEquals(0, r.code(), r.all());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(plan)));
    assertTrue(Files.readString(plan).startsWith("{"), "replaced");
  }

  @Test
  void aLinkPlantedAsThePlanFileIsReplacedNotFollowed() throws IOException {
    Path victim = Files.writeString(dir.resolve("rc.conf"), "sshd_enable=YES\n");
    Path plan = Files.createSymbolicLink(dir.resolve("plan.json"), victim);
    Run r = host.run("plan", spec.toString(), "--out", plan.toString());
    assertEquals(0, r.code(), r.all());
    assertEquals("sshd_enable=YES\n", Files.readString(victim));
    assertTrue(Files.isRegularFile(plan, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    try (var left = Files.list(dir)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no leftover");
    }
  }

  @Test
  void aPlanOthersCanWriteIsNotApplied() throws IOException {
    Path plan = dir.resolve("plan.json");
    assertEquals(0, host.run("plan", spec.toString(), "--out", plan.toString()).code());
    Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("rw-rw-rw-"));
    Run r = host.run("apply", "--yes", plan.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(r.err().contains("is not a usable plan: group or others may write it"), r.all());
    assertTrue(!r.all().contains("pot create"), r.all());
  }

  @Test
  void aPlanReachedThroughALinkIsNotApplied() throws IOException {
    Path plan = dir.resolve("plan.json");
    assertEquals(0, host.run("plan", spec.toString(), "--out", plan.toString()).code());
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), plan);
    Run r = host.run("apply", "--yes", link.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(r.err().contains("is not a usable plan: it is a symbolic link"), r.all());
  }

  @Test
  void anOwnerOnlyPlanIsApplied() throws IOException {
    Path plan = dir.resolve("plan.json");
    assertEquals(0, host.run("plan", spec.toString(), "--out", plan.toString()).code());
    Run r = host.run("apply", "--yes", plan.toString());
    assertEquals(0, r.code(), r.all());
  }
}
