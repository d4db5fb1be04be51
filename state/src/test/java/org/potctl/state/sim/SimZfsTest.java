package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

class SimZfsTest {

  @TempDir Path dir;

  @Test
  void listHonoursColumnsUserPropertiesAndDashForUnset() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("zfs", "create", "-o", "potctl:owner=prod", "zroot/pot/fscomp/a");
    sim.ok("zfs", "create", "zroot/pot/fscomp/b");
    String out =
        sim.ok(
                "zfs",
                "list",
                "-H",
                "-p",
                "-r",
                "-t",
                "filesystem",
                "-o",
                "name,origin,used,potctl:owner",
                "zroot/pot/fscomp")
            .stdout();
    assertEquals(
        "zroot/pot/fscomp\t-\t294912\t-\n"
            + "zroot/pot/fscomp/a\t-\t98304\tprod\n"
            + "zroot/pot/fscomp/b\t-\t98304\t-\n",
        out);
  }

  @Test
  void sizesAreHumanWithoutDashP() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("zfs", "create", "-o", "quota=10G", "zroot/pot/fscomp/a");
    assertEquals(
        "96K\t10G\n",
        sim.ok("zfs", "list", "-H", "-o", "used,quota", "zroot/pot/fscomp/a").stdout());
    assertEquals(
        "98304\t10737418240\n",
        sim.ok("zfs", "list", "-H", "-p", "-o", "used,quota", "zroot/pot/fscomp/a").stdout());
  }

  @Test
  void userPropertiesAreInheritedAndReportedWithTheirSource() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("zfs", "create", "zroot/pot/fscomp/a");
    sim.ok("zfs", "set", "potctl:owner=x", "zroot/pot/fscomp");
    assertEquals(
        "zroot/pot/fscomp/a\tpotctl:owner\tx\tinherited from zroot/pot/fscomp\n",
        sim.ok("zfs", "get", "-H", "potctl:owner", "zroot/pot/fscomp/a").stdout());
    sim.ok("zfs", "inherit", "potctl:owner", "zroot/pot/fscomp");
    assertEquals(
        "-\t-\n",
        sim.ok("zfs", "get", "-H", "-o", "value,source", "potctl:owner", "zroot/pot/fscomp/a")
            .stdout());
  }

  @Test
  void createFailsLikeZfsOnExistingOrOrphanDatasets() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("zfs", "create", "zroot/pot/fscomp/a");
    CommandResult again = sim.run("zfs", "create", "zroot/pot/fscomp/a");
    assertEquals(1, again.exitCode());
    assertEquals("cannot create 'zroot/pot/fscomp/a': dataset already exists\n", again.stderr());
    assertEquals(
        "cannot create 'zroot/pot/x/y': parent does not exist\n",
        sim.run("zfs", "create", "zroot/pot/x/y").stderr());
    sim.ok("zfs", "create", "-p", "zroot/pot/x/y");
  }

  @Test
  void renameMovesTheDatasetItsChildrenAndItsFiles() throws Exception {
    SimFixture sim = new SimFixture(dir);
    sim.ok("zfs", "create", "zroot/pot/fscomp/a");
    sim.ok("zfs", "create", "zroot/pot/fscomp/a/b");
    Files.writeString(sim.host.fsRoot().resolve("fscomp/a/b/file"), "data");
    sim.ok("zfs", "create", "zroot/pot/potctl-trash");
    sim.ok("zfs", "set", "mountpoint=none", "zroot/pot/fscomp/a");
    sim.ok("zfs", "rename", "zroot/pot/fscomp/a", "zroot/pot/potctl-trash/fscomp-a-1");
    assertFalse(Files.exists(sim.host.fsRoot().resolve("fscomp/a")));
    assertEquals(
        "zroot/pot/potctl-trash/fscomp-a-1\tnone\nzroot/pot/potctl-trash/fscomp-a-1/b\tnone\n",
        sim.ok(
                "zfs",
                "list",
                "-H",
                "-r",
                "-o",
                "name,mountpoint",
                "zroot/pot/potctl-trash/fscomp-a-1")
            .stdout());
    sim.ok("zfs", "inherit", "mountpoint", "zroot/pot/potctl-trash/fscomp-a-1");
    assertEquals(
        "data", Files.readString(sim.host.fsRoot().resolve("potctl-trash/fscomp-a-1/b/file")));
  }

  @Test
  void snapshotsAreListedAfterTheirDatasetAndDestroyedRecursively() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("zfs", "create", "zroot/pot/fscomp/a");
    sim.ok("zfs", "snapshot", "-r", "zroot/pot/fscomp@1700000000");
    assertEquals(
        "zroot/pot/fscomp@1700000000\nzroot/pot/fscomp/a@1700000000\n",
        sim.ok("zfs", "list", "-H", "-r", "-t", "snapshot", "-o", "name", "zroot/pot/fscomp")
            .stdout());
    assertEquals(
        "zroot/pot/fscomp\nzroot/pot/fscomp@1700000000\nzroot/pot/fscomp/a\nzroot/pot/fscomp/a@1700000000\n",
        sim.ok("zfs", "list", "-H", "-r", "-t", "all", "-o", "name", "zroot/pot/fscomp").stdout());
    assertEquals(1, sim.run("zfs", "snapshot", "zroot/pot/fscomp/a@1700000000").exitCode());
    sim.ok("zfs", "destroy", "-r", "zroot/pot/fscomp@1700000000");
    assertEquals(
        "",
        sim.ok("zfs", "list", "-H", "-r", "-t", "snapshot", "-o", "name", "zroot/pot/fscomp")
            .stdout());
  }

  @Test
  void destroyOfAParentNeedsRecursion() {
    SimFixture sim = new SimFixture(dir);
    sim.ok("zfs", "create", "-p", "zroot/pot/fscomp/a/b");
    CommandResult r = sim.run("zfs", "destroy", "zroot/pot/fscomp/a");
    assertEquals(1, r.exitCode());
    assertTrue(
        r.stderr().startsWith("cannot destroy 'zroot/pot/fscomp/a': filesystem has children"));
    sim.ok("zfs", "destroy", "-r", "zroot/pot/fscomp/a");
    assertEquals(1, sim.run("zfs", "list", "zroot/pot/fscomp/a").exitCode());
  }

  @Test
  void missingDatasetAndBadPropertyFailLikeZfs() {
    SimFixture sim = new SimFixture(dir);
    CommandResult missing = sim.run("zfs", "list", "-H", "zroot/nope");
    assertEquals(1, missing.exitCode());
    assertEquals("cannot open 'zroot/nope': dataset does not exist\n", missing.stderr());
    assertEquals(2, sim.run("zfs", "list", "-o", "bogus", "zroot/pot").exitCode());
    assertEquals(1, sim.run("zfs", "set", "quota=lots", "zroot/pot/fscomp").exitCode());
    assertEquals(2, sim.run("zfs", "frobnicate").exitCode());
  }
}
