package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * The everyday commands the real-pot kit's {@code usage} sequence found unsimulated or different
 * (docs/real-pot.md): rename, revert, purge-snapshots, a failed clone, localhost-tunnel at start.
 */
class SimPotUsageTest {

  @TempDir Path dir;

  @Test
  void renameMovesTheDatasetAndRewritesTheConfOfEveryPot() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "u", "-b", "14.1", "-t", "single");
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "snapshot", "-p", "u");
    sim.ok("pot", "clone", "-p", "w", "-P", "u");
    sim.ok("pot", "mount-in", "-p", "w", "-f", "data", "-m", "/data", "-w");
    sim.ok("pot", "create", "-p", "x", "-b", "14.1", "-t", "single");
    sim.ok("pot", "add-dep", "-p", "x", "-P", "w");
    assertEquals("", sim.ok("pot", "rename", "-p", "w", "-n", "w3").stdout());
    assertFalse(Files.exists(dir.resolve("fsroot/jails/w")));
    assertTrue(sim.potConf("w3").contains("host.hostname=\"w3.potsim.local\"\n"));
    assertTrue(sim.potConf("x").contains("pot.depend=w3\n"), sim.potConf("x"));
    assertTrue(
        sim.fscompConf("w3").contains(dir.resolve("fsroot/jails/w3/m/data").toString()),
        sim.fscompConf("w3"));
    assertEquals(
        dir.resolve("fsroot/jails/w3/m") + "\tlocal\n",
        sim.ok("zfs", "get", "-H", "-o", "value,source", "mountpoint", "zroot/pot/jails/w3/m")
            .stdout());
    assertEquals(
        "zroot/pot/jails/u/m@" + snapshotOf(sim, "zroot/pot/jails/u/m") + "\n",
        sim.ok("zfs", "get", "-H", "-o", "value", "origin", "zroot/pot/jails/w3/m").stdout());
    CommandResult ghost = sim.run("pot", "rename", "-p", "ghost", "-n", "w4");
    assertEquals(1, ghost.exitCode());
    assertEquals("###>   Pot ghost not found\n###>  ghost is not a valid pot\n", ghost.stdout());
    assertEquals(0, sim.run("pot", "destroy", "-p", "w3").exitCode());
  }

  private static String snapshotOf(SimFixture sim, String dataset) {
    String line =
        sim.ok("zfs", "list", "-H", "-d", "1", "-t", "snapshot", "-o", "name", dataset).stdout();
    return line.strip().substring(line.indexOf('@') + 1);
  }

  @Test
  void revertRollsBackToTheLatestSnapshotAndRefusesAMovedFscomp() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "u", "-b", "14.1", "-t", "single");
    assertEquals(
        "===>  zroot/pot/jails/u/m has not snapshot - no possible rollback\n"
            + "===>  zroot/pot/jails/u has not snapshot - no possible rollback\n",
        sim.ok("pot", "revert", "-p", "u").stdout());
    sim.ok("pot", "snapshot", "-p", "u");
    assertEquals("", sim.ok("pot", "revert", "-p", "u").stdout());
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "mount-in", "-p", "u", "-f", "data", "-m", "/d", "-w");
    sim.ok("pot", "start", "u");
    sim.ok("pot", "stop", "u");
    CommandResult moved = sim.run("pot", "revert", "-f", "data");
    assertEquals(1, moved.exitCode());
    assertTrue(moved.stdout().startsWith("###>  data is not a valid fscomp\npot revert"));
  }

  @Test
  void purgeSnapshotsKeepsTheLatestUnlessAll() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-fscomp", "-f", "data");
    for (String tag : new String[] {"1700000001", "1700000002", "1700000003"}) {
      sim.ok("zfs", "snapshot", "zroot/pot/fscomp/data@" + tag);
    }
    sim.ok("pot", "purge-snapshots", "-f", "data");
    assertEquals(
        "zroot/pot/fscomp/data@1700000003\n",
        sim.ok(
                "zfs",
                "list",
                "-H",
                "-d",
                "1",
                "-t",
                "snapshot",
                "-o",
                "name",
                "zroot/pot/fscomp/data")
            .stdout());
    sim.ok("pot", "purge-snapshots", "-a", "-f", "data");
    assertEquals(
        "",
        sim.ok(
                "zfs",
                "list",
                "-H",
                "-d",
                "1",
                "-t",
                "snapshot",
                "-o",
                "name",
                "zroot/pot/fscomp/data")
            .stdout());
  }

  @Test
  void aCloneWithoutSnapshotExitsZeroThroughDestroysForcedPath() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "v", "-b", "14.1", "-t", "single");
    CommandResult r = sim.run("pot", "clone", "-p", "w", "-P", "v");
    assertEquals(0, r.exitCode(), r.stdout());
    assertEquals(
        "###>  zroot/pot/jails/v/m has no snap - please take a snapshot of v\n", r.stdout());
    assertFalse(Files.exists(dir.resolve("fsroot/jails/w")));
  }

  @Test
  void aNonPersistentTunnelledPotSaysNmapIsMissingPerPortAndEchoesItsInterfaces() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "u", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    sim.ok("pot", "set-attribute", "-p", "u", "-A", "localhost-tunnel", "-V", "YES");
    sim.ok("pot", "set-attribute", "-p", "u", "-A", "persistent", "-V", "NO");
    sim.ok("pot", "export-ports", "-p", "u", "-e", "80:30080", "-e", "443");
    String out = sim.ok("pot", "start", "u").stdout();
    String nmap = "###>  nmap package is missing, localhost-tunnel attribute ignored\n";
    assertTrue(
        out.startsWith(
            "===>  Internal network not found! Calling vnet-start to fix the issue\n"
                + nmap
                + nmap
                + "===>  Starting the pot u\nu: created\np4"),
        out);
    assertTrue(out.endsWith(":\n"), out);
  }
}
