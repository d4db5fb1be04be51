package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/** What the real-pot kit's {@code orders} sequence found (docs/real-pot.md). */
class SimPotOrdersTest {

  @TempDir Path dir;

  @Test
  void destroyOfABaseRecursivelyGoesOnPastAPotZfsCannotDestroyAndExitsZero() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "l1", "-b", "14.1", "-l", "1");
    sim.ok("pot", "snapshot", "-p", "l1");
    sim.ok("pot", "clone", "-p", "zc", "-P", "l1");
    sim.ok("pot", "create", "-p", "m0", "-b", "14.1", "-l", "0");
    CommandResult r = sim.run("pot", "destroy", "-b", "14.1", "-r");
    String out = r.stdout();
    assertTrue(
        out.startsWith(
            "===>  Destroying recursively pot l1 based on 14.1\n"
                + "###>  zfs failed to destroy the dataset zroot/pot/jails/l1\n"
                + "===>  Destroying recursively pot zc based on 14.1\n"),
        out);
    assertTrue(out.contains("===>  Destroying recursively pot m0 based on 14.1\n"), out);
    assertTrue(out.endsWith("===>  Destroying base 14.1\n"), out);
    assertEquals(0, r.exitCode(), out);
  }

  @Test
  void startOfAPotWhoseFscompWasDestroyedFailsToMountAndLeavesItStopped() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "create", "-p", "s1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "mount-in", "-p", "s1", "-f", "data", "-m", "/data");
    sim.ok("pot", "destroy", "-f", "data");
    for (int i = 0; i < 2; i++) {
      CommandResult r = sim.run("pot", "start", "s1");
      assertEquals(1, r.exitCode());
      assertEquals("###>  Error mounting \n###>  Mount failed \n", r.stdout());
    }
    assertEquals("", sim.ok("pot", "stop", "s1").stdout());
  }

  @Test
  void mountInAndOutOfAStoppedPotWhoseFscompWasDestroyedFailToMountIt() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "create-fscomp", "-f", "logs");
    sim.ok("pot", "create", "-p", "s1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "mount-in", "-p", "s1", "-f", "data", "-m", "/data");
    sim.ok("pot", "destroy", "-f", "data");
    String failed = "###>  Pot s1 failed to mount\n###>  The mountpoint is not valid!\n";
    CommandResult in = sim.run("pot", "mount-in", "-p", "s1", "-f", "logs", "-m", "/logs");
    assertEquals(1, in.exitCode());
    assertEquals(failed, in.stdout());
    CommandResult out = sim.run("pot", "mount-out", "-p", "s1", "-m", "/data");
    assertEquals(1, out.exitCode());
    assertEquals(failed, out.stdout());
    assertEquals(1, sim.fscompConf("s1").lines().count(), sim.fscompConf("s1"));
  }
}
