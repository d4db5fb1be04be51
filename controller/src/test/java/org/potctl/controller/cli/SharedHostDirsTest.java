package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * Validation refuses a {@code dir} mount inside a directory another pot of the spec mounts
 * read-write (the jail there can swap a directory for a link to {@code /etc}, and pot's {@code
 * mount_nullfs} follows it at the next start). Across specs nothing held it: a spec mounting {@code
 * /srv/share} read-write and a second spec mounting {@code /srv/share/b} each validated and
 * applied, so the first one's jail chose what the second one's pot mounted. Now the plan holds the
 * spec's mounts against the other pots' on the host, both ways.
 */
class SharedHostDirsTest {

  @TempDir Path dir;
  private Potctl sim;

  @BeforeEach
  void setUp() throws IOException {
    sim = Potctl.onSim(dir.resolve("sim"));
    Files.createDirectories(dir.resolve("sim/hostfs/srv/share/b"));
    Files.createDirectories(dir.resolve("sim/hostfs/srv/other"));
  }

  private Path spec(String name, String pot, String source, String ro) throws IOException {
    Path spec = Files.createDirectories(dir.resolve(name));
    Files.writeString(
        spec.resolve("potfile.yaml"),
        "version: 1\npots:\n  "
            + pot
            + ":\n    base: \"14.1\"\n    mounts:\n      - {dir: "
            + source
            + ", at: /data"
            + ro
            + "}\n");
    return spec.toRealPath();
  }

  @Test
  void aMountInsideAnotherSpecsReadWriteMountIsRefused() throws IOException {
    assertEquals(
        0, sim.run("apply", "--yes", spec("a", "wide", "/srv/share", "").toString()).code());
    Path b = spec("b", "narrow", "/srv/share/b", ", readonly: true");
    Run r = sim.run("plan", b.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err()
            .contains(
                b.resolve("potfile.yaml")
                    + ":6:15: error: pots.narrow.mounts[0].dir: host directory /srv/share/b lies"
                    + " inside /srv/share, which pot wide of spec 'a'"),
        r.err());
  }

  @Test
  void aReadWriteMountAroundAnotherSpecsMountIsRefused() throws IOException {
    Path b = spec("b", "narrow", "/srv/share/b", ", readonly: true");
    assertEquals(0, sim.run("apply", "--yes", b.toString()).code());
    Path a = spec("a", "wide", "/srv/share", "");
    Run r = sim.run("plan", a.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err()
            .contains(
                "pots.wide.mounts[0].dir: host directory /srv/share contains /srv/share/b, which"
                    + " pot narrow of spec 'b'"),
        r.err());
  }

  @Test
  void mountsSideBySideAndReadOnlyParentsHold() throws IOException {
    assertEquals(
        0,
        sim.run("apply", "--yes", spec("a", "wide", "/srv/share", ", readonly: true").toString())
            .code());
    assertEquals(0, sim.run("plan", spec("b", "narrow", "/srv/share/b", "").toString()).code());
    assertEquals(0, sim.run("plan", spec("c", "beside", "/srv/other", "").toString()).code());
  }

  @Test
  void aFlavoursMountInInsideAnotherSpecsReadWriteMountIsRefusedAtTheLine() throws IOException {
    assertEquals(
        0, sim.run("apply", "--yes", spec("a", "wide", "/srv/share", "").toString()).code());
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(
        b.resolve("potfile.yaml"),
        "version: 1\nflavours:\n  m:\n    commands: [\"mount-in -d /srv/share/b -m /data -r\"]\n"
            + "pots:\n  narrow:\n    base: \"14.1\"\n    flavours: [m]\n");
    Run r = sim.run("plan", b.toRealPath().toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err()
            .contains(
                ":4:16: error: flavours.m.commands[0]: host directory /srv/share/b lies inside"
                    + " /srv/share, which pot wide of spec 'a'"),
        r.err());
  }
}
