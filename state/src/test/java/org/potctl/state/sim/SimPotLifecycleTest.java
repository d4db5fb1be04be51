package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

class SimPotLifecycleTest {

  @TempDir Path dir;
  SimFixture sim;
  String fr;

  @BeforeEach
  void base() {
    sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
    fr = dir.resolve("fsroot").toString();
  }

  private String status(String pot) {
    return SimFixture.read(dir.resolve("tmp/pot_status_" + pot));
  }

  @Test
  void startAndStopWalkPotsStateMachineAndJls() {
    sim.ok("pot", "start", "-p", "web");
    assertTrue(status("web").matches("pot\\.status=started,p4[0-9a-f]+:\n"), status("web"));
    assertEquals(
        "name=web path=" + fr + "/jails/web/m vnet=new\n",
        sim.ok("jls", "-j", "web", "-n", "name", "path", "vnet").stdout());
    assertEquals(0, sim.run("pot", "info", "-rp", "web").exitCode());
    sim.ok("pot", "stop", "web");
    assertEquals("pot.status=stopped,\n", status("web"));
    assertEquals(1, sim.run("pot", "info", "-rp", "web").exitCode());
    CommandResult missing = sim.run("jls", "-j", "web");
    assertEquals("jls: jail \"web\" not found\n", missing.stderr());
    sim.ok("pot", "stop", "web");
  }

  @Test
  void zfsRemountDatasetsMoveIntoThePotWhileItRuns() {
    sim.ok("pot", "start", "web");
    assertEquals(
        fr + "/jails/web/m/usr/local\n",
        sim.ok("zfs", "get", "-H", "-o", "value", "mountpoint", "zroot/pot/jails/web/usr.local")
            .stdout());
    sim.ok("pot", "stop", "web");
    assertEquals(
        fr + "/jails/web/usr.local\n",
        sim.ok("zfs", "get", "-H", "-o", "value", "mountpoint", "zroot/pot/jails/web/usr.local")
            .stdout());
  }

  @Test
  void mountInOnAStoppedPotConvertsTheFileAndAppendsALegacyLineLikePot() throws Exception {
    sim.ok("pot", "create-fscomp", "-f", "data");
    Path hostDir = Path.of("/srv/static");
    Files.createDirectories(dir.resolve("hostfs/srv/static")); // the simulated host's tree
    sim.ok("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/mnt", "-r");
    String legacy = "zroot/pot/fscomp/data " + fr + "/jails/web/m/mnt";
    assertEquals(legacy + " ro", sim.fscompConf("web").lines().toList().get(3));
    assertEquals(
        "###>  The mount point /mnt is already in use\n###>  The mountpoint is not valid!\n",
        sim.run("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/mnt").stdout());
    sim.ok("pot", "mount-in", "-p", "web", "-d", hostDir.toString(), "-m", "/media");
    List<String> lines = sim.fscompConf("web").lines().toList();
    assertTrue(lines.get(0).startsWith("zroot/pot/bases/14.1 / ro"), lines.toString());
    assertEquals(
        List.of("zroot/pot/fscomp/data /mnt ro", hostDir + " /media"), lines.subList(3, 5));
    // common.sh:1061-1080 converted it, and _is_pot_mountpoint_used only greps legacy lines
    sim.ok("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/mnt");
    assertEquals(legacy, sim.fscompConf("web").lines().toList().get(5));
    sim.ok("pot", "start", "web");
    assertEquals(
        List.of(hostDir + " /media ", "zroot/pot/fscomp/data /mnt "),
        sim.fscompConf("web").lines().toList().subList(4, 6),
        "no option: the rewritten line keeps a trailing space (common.sh:1076)");
    assertEquals(
        "###>  Remount cannot be used with directories, but with fscomp only\n",
        sim.run("pot", "mount-in", "-p", "web", "-d", hostDir.toString(), "-m", "/x", "-w")
            .stdout());
    CommandResult nope = sim.run("pot", "mount-in", "-p", "web", "-f", "nope", "-m", "/y");
    assertEquals(1, nope.exitCode());
    assertEquals("###>   fscomp nope not found\n###>  fscomp nope is not valid\n", nope.stdout());
  }

  @Test
  void mountInOnAStoppedPotResetsZfsRemountMountpoints() {
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "create-fscomp", "-f", "logs");
    sim.ok("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/mnt", "-w");
    sim.ok("zfs", "set", "mountpoint=/elsewhere", "zroot/pot/fscomp/data");
    sim.ok("pot", "mount-in", "-p", "web", "-f", "logs", "-m", "/media");
    assertEquals(
        fr + "/jails/web/data\n",
        sim.ok("zfs", "get", "-H", "-o", "value", "mountpoint", "zroot/pot/fscomp/data").stdout());
  }

  @Test
  void mountOutLeavesLinesItConvertedFirst() throws Exception {
    sim.ok("pot", "create-fscomp", "-f", "data");
    Path hostDir = Path.of("/srv/static");
    Files.createDirectories(dir.resolve("hostfs/srv/static")); // the simulated host's tree
    sim.ok("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/mnt");
    sim.ok("pot", "mount-in", "-p", "web", "-d", hostDir.toString(), "-m", "/media");
    sim.ok("pot", "mount-out", "-p", "web", "-m", "/mnt");
    sim.ok("pot", "mount-out", "-p", "web", "-m", "/media");
    assertEquals(5, sim.fscompConf("web").lines().count(), "the sed only matches legacy lines");
    assertEquals(
        "###>  The mount point /tmp is not in use\n###>  The mountpoint is not valid!\n",
        sim.run("pot", "mount-out", "-p", "web", "-m", "/tmp").stdout());
    // a missing directory's realpath is empty, and " $" matches the converted lines' trailing
    // space (mount-out.sh:28, :57): pot says nothing, exits 0 and removes nothing
    CommandResult nope = sim.run("pot", "mount-out", "-p", "web", "-m", "/nope");
    assertEquals(0, nope.exitCode(), nope.stdout());
    assertEquals("", nope.stdout());
    assertEquals(5, sim.fscompConf("web").lines().count());
  }

  @Test
  void snapshotsAreEpochNamedRecursiveAndRefusedWhileRunning() {
    sim.ok("pot", "snapshot", "-p", "web");
    String snaps =
        sim.ok("zfs", "list", "-H", "-r", "-t", "snapshot", "-o", "name", "zroot/pot/jails/web")
            .stdout();
    assertEquals(3, snaps.lines().filter(l -> l.matches(".*@\\d{10}")).count(), snaps);
    sim.ok("pot", "start", "web");
    assertEquals(
        "###>  The pot web is still running. Snapshot is possible only for stopped pots\n",
        sim.run("pot", "snapshot", "-p", "web").stdout());
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "snap", "-f", "data");
  }

  @Test
  void copyInChecksLikePotAndRefusesRunningPotsWithoutForce() throws Exception {
    Path file = Files.writeString(dir.resolve("index.html"), "hi");
    sim.ok("pot", "copy-in", "-p", "web", "-s", file.toString(), "-d", "/usr/local/www");
    assertEquals(
        "###>  The destination has to be an absolute pathname\n",
        sim.run("pot", "copy-in", "-p", "web", "-s", file.toString(), "-d", "www").stdout());
    assertEquals(
        1, sim.run("pot", "copy-in", "-p", "web", "-s", "/nonexistent", "-d", "/x").exitCode());
    sim.ok("pot", "start", "web");
    assertEquals(
        1, sim.run("pot", "copy-in", "-p", "web", "-s", file.toString(), "-d", "/x").exitCode());
    sim.ok("pot", "copy-in", "-F", "-p", "web", "-s", file.toString(), "-d", "/x");
  }

  @Test
  void snapshotReplaceDropsTheOldestFirst() {
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("zfs", "snapshot", "zroot/pot/fscomp/data@1000000000");
    sim.ok("zfs", "snapshot", "zroot/pot/fscomp/data@1100000000");
    sim.ok("pot", "snapshot", "-f", "data", "-r");
    List<String> snaps =
        sim.ok(
                "zfs",
                "list",
                "-H",
                "-t",
                "snapshot",
                "-o",
                "name",
                "-d",
                "1",
                "zroot/pot/fscomp/data")
            .stdout()
            .lines()
            .toList();
    assertEquals(2, snaps.size(), snaps.toString());
    assertEquals("zroot/pot/fscomp/data@1100000000", snaps.get(0));
  }

  @Test
  void aStaleStartedStatusBlocksStartUntilRepairedWithSetStatus() throws Exception {
    Files.writeString(dir.resolve("tmp/pot_status_web"), "pot.status=starting,\n");
    assertEquals("###>  pot web is already starting\n", sim.run("pot", "start", "web").stdout());
    assertEquals(1, sim.run("pot", "stop", "web").exitCode());
    sim.ok("pot", "set-status", "-p", "web", "-s", "doa");
    sim.ok("pot", "stop", "web");
    sim.ok("pot", "start", "web");
  }

  @Test
  void dependenciesStartFirstAndNonPersistentPotsStopAgain() {
    sim.ok("pot", "create", "-p", "db", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "add-dep", "-p", "web", "-P", "db");
    sim.ok("pot", "set-attribute", "-p", "web", "-A", "persistent", "-V", "NO");
    sim.ok("pot", "start", "web");
    assertEquals(0, sim.run("jls", "-j", "db").exitCode());
    assertEquals(1, sim.run("jls", "-j", "web").exitCode());
    assertEquals("pot.status=stopped,\n", status("web"));
    assertEquals(
        "{ \"ExitCode\": 0 }\n",
        SimFixture.read(dir.resolve("fsroot/jails/web/conf/.last_run_stats")));
  }

  @Test
  void destroyRemovesDatasetsFilesAndStatusButFscompsNeedTheirOwnDestroy() {
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "mount-in", "-p", "web", "-f", "data", "-m", "/mnt");
    sim.ok("pot", "start", "web");
    sim.ok("pot", "destroy", "-F", "-p", "web");
    assertFalse(Files.exists(dir.resolve("fsroot/jails/web")));
    assertFalse(Files.exists(dir.resolve("tmp/pot_status_web")));
    assertEquals(0, sim.run("zfs", "list", "zroot/pot/fscomp/data").exitCode());
    assertEquals(
        "###>   Pot web not found\n###>  pot web not found or corrupted. Try to use the -F flag\n",
        sim.run("pot", "destroy", "-p", "web").stdout());
    sim.ok("pot", "destroy", "-f", "data");
    assertEquals(1, sim.run("zfs", "list", "zroot/pot/fscomp/data").exitCode());
  }

  @Test
  void destroyOfAUsedBaseNeedsRecursion() {
    assertEquals(
        "###>  base 14.1 is used at least by one pot - use option -r to destroy it recursively\n",
        sim.run("pot", "destroy", "-b", "14.1").stdout());
    sim.ok("pot", "destroy", "-b", "14.1", "-r");
    assertEquals("", sim.ok("pot", "ls", "-q").stdout());
    assertEquals(1, sim.run("zfs", "list", "zroot/pot/bases/14.1").exitCode());
  }
}
