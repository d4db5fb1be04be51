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

/**
 * destroy's recursive forms and the {@code -v} lines of destroy, mount-out and exec, written from
 * pot 0.16.1's scripts: a recursive {@code destroy -p} hands each dependant to {@code
 * _pot_zfs_destroy} (destroy.sh:274-301), no {@code Destroying pot} line and no recursion of its
 * own; {@code destroy -b B} destroys the level-0 pot through it (:246-248); mount-out.sh:70-89;
 * exec.sh:47.
 */
class SimPotDestroyVerboseTest {

  @TempDir Path dir;
  private SimFixture sim;

  @BeforeEach
  void setUp() {
    sim = new SimFixture(dir).withBase();
  }

  private String fr(CommandResult r) {
    return r.stdout().replace(sim.host.fsRoot().toString(), "$FR");
  }

  @Test
  void aRecursiveDestroyHandsDependantsToZfsDestroyWithADebugLineOnly() {
    sim.ok("pot", "create", "-p", "m1", "-b", "14.1");
    sim.ok("pot", "snapshot", "-p", "m1");
    sim.ok("pot", "create", "-p", "m2", "-P", "m1", "-l", "2");
    CommandResult quiet = sim.ok("pot", "destroy", "-r", "-p", "m1");
    assertFalse(quiet.stdout().contains("m2"), quiet.stdout());
    assertEquals("===>  Destroying pot m1\n", quiet.stdout());
    assertFalse(Files.exists(sim.host.fsRoot().resolve("jails/m2")));
    sim.ok("pot", "create", "-p", "m1", "-b", "14.1");
    sim.ok("pot", "snapshot", "-p", "m1");
    sim.ok("pot", "create", "-p", "m3", "-P", "m1", "-l", "2");
    List<String> debug =
        sim.ok("pot", "destroy", "-v", "-r", "-p", "m1")
            .stdout()
            .lines()
            .filter(l -> l.startsWith("=====>  Destroying"))
            .toList();
    assertEquals(List.of("=====>  Destroying recursively pot m3 based on m1"), debug);
  }

  @Test
  void aLevelTwoPotSaysItHasNothingToDestroyRecursively() {
    sim.ok("pot", "create", "-p", "m1", "-b", "14.1");
    sim.ok("pot", "snapshot", "-p", "m1");
    sim.ok("pot", "create", "-p", "m2", "-P", "m1", "-l", "2");
    assertTrue(
        sim.ok("pot", "destroy", "-v", "-r", "-p", "m2")
            .stdout()
            .contains("=====>  m2 has level 2. No recursive destroy possible (ignored)\n"));
  }

  @Test
  void destroyingABaseDestroysItsLevelZeroPotAndSaysWhenItIsGone() {
    String first = sim.ok("pot", "destroy", "-v", "-b", "14.1").stdout();
    assertTrue(first.contains("=====>  Destroying lvl 0 pot base-14_1\n"), first);
    assertFalse(Files.exists(sim.host.fsRoot().resolve("jails/base-14_1")));
    sim.ok("pot", "create-base", "-r", "14.1");
    sim.ok("zfs", "destroy", "-r", "zroot/pot/jails/base-14_1");
    String gone = sim.ok("pot", "destroy", "-b", "14.1").stdout();
    assertTrue(
        gone.startsWith("###>  base-14_1 not found\n") || gone.contains("\n###>  base-14_1"), gone);
  }

  @Test
  void mountOutOfARunningPotUnmountsTheMountAndExecNamesTheCommand() {
    sim.ok("pot", "create", "-p", "s1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "mount-in", "-p", "s1", "-f", "data", "-m", "/data");
    assertEquals(
        "=====>  umount_mnt_p: mnt_p:$FR/jails/s1/m/data\n",
        fr(sim.ok("pot", "mount-out", "-v", "-p", "s1", "-m", "/data")));
    sim.ok("pot", "start", "s1");
    sim.ok("pot", "mount-in", "-p", "s1", "-f", "data", "-m", "/data");
    assertEquals(
        "=====>  umount_mnt_p: mnt_p:$FR/jails/s1/m/data\n"
            + "=====>  unmount $FR/jails/s1/m/data\n"
            + "=====>  Umounted data on s1\n",
        fr(sim.ok("pot", "mount-out", "-v", "-p", "s1", "-m", "/data")));
    assertEquals(
        "=====>  Exec in s1, cmd: ls -l /\n",
        sim.ok("pot", "exec", "-v", "-p", "s1", "ls", "-l", "/").stdout());
  }
}
