package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;

/**
 * {@code pot clone -f FLAVOUR} runs the flavour's {@code mount-in} and {@code copy-in} lines on the
 * new pot, whose tree is a copy of the template's: {@code mkdir -p} of the mount point and the
 * mount go through whatever links the template's jail left, script or not. So potctl checks the
 * template's tree, with every such line's path, before the clone runs.
 */
class CloneTreeTest {

  @TempDir Path dir;
  private SimCli cli;
  private Path spec;
  private Path outside;

  @BeforeEach
  void setUp() throws Exception {
    cli = new SimCli(dir.resolve("sim"));
    spec = Files.createDirectories(dir.resolve("spec"));
    outside = Files.createDirectories(dir.resolve("victim-etc/rc.d"));
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\nfscomps:\n  data: {}\npots:\n  tpl:\n    base: \"14.1\"\n");
    cli.expect(0, "apply", "--yes", spec.toString());
  }

  private void cloneWith(String line) throws Exception {
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\nfscomps:\n  data: {}\nflavours:\n  f1:\n    commands: [\""
            + line
            + "\"]\npots:\n  tpl:\n    base: \"14.1\"\n  web:\n    template: tpl\n"
            + "    flavours: [f1]\n");
  }

  /** What the template's jail root does while it runs: {@code rm -rf /mnt; ln -s HOSTDIR /mnt}. */
  private void plantMntLink() throws Exception {
    Path mnt = cli.jailHosts("tpl").getParent().getParent().resolve("mnt");
    Files.createDirectories(mnt.getParent());
    Files.deleteIfExists(mnt);
    Files.createSymbolicLink(mnt, outside.getParent());
  }

  @Test
  void aLinkOnTheWayToAFlavoursMountPointStopsTheClone() throws Exception {
    plantMntLink();
    cloneWith("mount-in -f data -m /mnt/rc.d/x");
    int from = cli.log().size();
    Run applied = cli.expect(1, "apply", "--yes", spec.toString());
    assertTrue(
        applied
            .all()
            .contains(
                "pot web is not created: pot tpl, whose tree the new pot starts as a copy of"),
        applied.all());
    assertTrue(applied.all().contains("m/mnt: it is a symbolic link"), applied.all());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertTrue(ran.stream().noneMatch(l -> l.startsWith("pot clone")), ran.toString());
    assertFalse(Files.exists(outside.resolve("x")), "mkdir outside the simulator's tree");
  }

  @Test
  void aLinkOnTheWayToAFlavoursCopyInDestinationStopsTheCloneToo() throws Exception {
    plantMntLink();
    Files.createDirectories(dir.resolve("srv"));
    cloneWith("copy-in -s " + dir.resolve("srv") + " -d /mnt/rc.d/y");
    Run applied =
        cli.expect(
            1,
            "apply",
            "--yes",
            "--allow-host-dir",
            dir.resolve("srv").toString(),
            spec.toString());
    assertTrue(applied.all().contains("pot web is not created: pot tpl"), applied.all());
    assertFalse(Files.exists(outside.resolve("y")), "copy outside the simulator's tree");
  }

  @Test
  void aSafeTemplateIsClonedWithTheFlavoursMount() throws Exception {
    cloneWith("mount-in -f data -m /mnt/rc.d/x");
    int from = cli.log().size();
    cli.expect(0, "apply", "--yes", spec.toString());
    List<String> ran = cli.log().subList(from, cli.log().size());
    assertEquals(
        1,
        ran.stream().filter(l -> l.startsWith("pot clone -P tpl -p web")).count(),
        ran.toString());
  }
}
