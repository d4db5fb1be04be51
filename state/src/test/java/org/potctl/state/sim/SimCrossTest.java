package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * What the real-pot kit's crossed sequences of the twenty-fifth session found different
 * (docs/real-pot.md): {@code snapshot -f} of an fscomp that {@code mount-in -w} moved into a pot,
 * and {@code show} of a pot whose CPU limit was set after it started.
 */
class SimCrossTest {

  @TempDir Path dir;

  /**
   * snapshot.sh:98 takes an fscomp only where {@code _zfs_exist} finds it, its dataset mounted at
   * {@code $FR/fscomp/NAME}; after a start and stop of a pot it is mounted in with {@code -w}
   * (zfs-remount) it is mounted beside that pot.
   */
  @Test
  void anFscompMountedIntoAPotWithZfsRemountIsNoFscompToSnapshot() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "create-fscomp", "-f", "moved");
    sim.ok("pot", "create", "-p", "p1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "mount-in", "-p", "p1", "-f", "moved", "-m", "/moved", "-w");
    sim.ok("pot", "start", "p1");
    sim.ok("pot", "stop", "p1");
    // stop.sh's _pot_umount (common.sh:1184-1186): $FR/jails/POT/BASENAME, not back in fscomp/
    assertEquals(
        dir.resolve("fsroot/jails/p1/moved").toString(),
        sim.ok("zfs", "list", "-H", "-o", "mountpoint", "zroot/pot/fscomp/moved").stdout().strip());
    for (String[] argv :
        new String[][] {
          {"pot", "snapshot", "-f", "moved"}, {"pot", "snapshot", "-r", "-f", "moved"}
        }) {
      CommandResult r = sim.run(argv);
      assertEquals(1, r.exitCode(), r.toString());
      assertTrue(r.stdout().contains("###>  moved is not a valid fscomp\n"), r.toString());
    }
    sim.ok("pot", "snapshot", "-f", "data");
    assertEquals(
        1,
        sim.ok("zfs", "list", "-H", "-t", "snapshot", "-o", "name", "zroot/pot/fscomp/data")
            .stdout()
            .lines()
            .count());
  }

  /**
   * {@code show}'s "allocated CPUs" is {@code cpuset -g -j} of the jail (show.sh:71): what {@code
   * _js_rss} set at the start (start.sh:410-420), every CPU when the pot started unlimited; a
   * {@code set-rss} on the running pot changes the limit shown, not the cpuset, until the next
   * start.
   */
  @Test
  void aCpuLimitSetOnARunningPotReachesItsCpusetAtTheNextStart() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "e1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "start", "e1");
    sim.ok("pot", "set-rss", "-p", "e1", "-C", "1");
    assertTrue(
        sim.ok("pot", "show", "-p", "e1")
            .stdout()
            .endsWith("\tmax amount of CPUs: 1\n\tallocated CPUs    : 0,1\n"),
        sim.ok("pot", "show", "-p", "e1").stdout());
    sim.ok("pot", "stop", "e1");
    sim.ok("pot", "start", "e1");
    assertTrue(
        sim.ok("pot", "show", "-p", "e1")
            .stdout()
            .endsWith("\tmax amount of CPUs: 1\n\tallocated CPUs    : 0\n"),
        sim.ok("pot", "show", "-p", "e1").stdout());
  }

  /**
   * A pot's snapshot holds its files (its conf lives in {@code jails/P}, snapshot.sh takes {@code
   * zfs snapshot -r}): {@code revert} after a rename gives back the pot.conf of the snapshot,
   * {@code host.hostname} of the old name included, where rename.sh:21-22 had rewritten it.
   */
  @Test
  void revertGivesBackTheFilesOfTheSnapshot() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "o", "-b", "14.1", "-t", "single");
    String before = sim.potConf("o");
    sim.ok("pot", "snapshot", "-p", "o");
    sim.ok("pot", "rename", "-p", "o", "-n", "o2");
    sim.ok("pot", "set-env", "-p", "o2", "-E", "A=1");
    assertTrue(sim.potConf("o2").contains("host.hostname=\"o2."), sim.potConf("o2"));
    sim.ok("pot", "revert", "-p", "o2");
    assertEquals(before, sim.potConf("o2"));
    sim.ok("pot", "purge-snapshots", "-a", "-p", "o2");
    try (var left = java.nio.file.Files.list(dir.resolve("zfs-snapshots"))) {
      assertEquals(
          java.util.List.of(),
          left.map(p -> p.getFileName().toString()).filter(n -> n.contains("jails")).toList(),
          "a destroyed snapshot's files stayed");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * destroy.sh:30 runs {@code zfs destroy -f -r} of the fscomp; a dataset nullfs-mounted into a
   * running pot cannot be unmounted (EBUSY, even forced), so pot reports {@code zfs failed to
   * destroy the dataset} and the fscomp stays (its snapshots, destroyed first, do not); once the
   * pot stops it goes.
   */
  @Test
  void anFscompMountedIntoARunningPotCannotBeDestroyed() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-fscomp", "-f", "d1");
    sim.ok("pot", "create", "-p", "r1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "start", "r1");
    sim.ok("pot", "mount-in", "-p", "r1", "-f", "d1", "-m", "/d1");
    sim.ok("pot", "snapshot", "-f", "d1");
    CommandResult busy = sim.run("pot", "destroy", "-f", "d1");
    assertEquals(1, busy.exitCode(), busy.toString());
    assertTrue(
        busy.stdout().contains("###>  zfs failed to destroy the dataset zroot/pot/fscomp/d1"),
        busy.toString());
    // zfs destroy -r goes deepest first: the snapshot went before the file system refused
    assertEquals(
        "zroot/pot/fscomp/d1\n",
        sim.ok("zfs", "list", "-H", "-r", "-t", "all", "-o", "name", "zroot/pot/fscomp/d1")
            .stdout());
    sim.ok("pot", "stop", "r1");
    sim.ok("pot", "destroy", "-f", "d1");
    assertEquals(1, sim.run("zfs", "list", "zroot/pot/fscomp/d1").exitCode());
  }
}
