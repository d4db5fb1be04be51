package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * {@code pot clone} of multi pots as clone.sh's {@code _cj_zfs} does it, as the real-pot kit's
 * {@code clones} sequence judged it (docs/real-pot.md).
 */
class SimPotCloneMultiTest {

  @TempDir Path dir;

  @Test
  void aLevelOnePotsDatasetsAreClonedAndItsLinesKept() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-fscomp", "-f", "data");
    sim.ok("pot", "create", "-p", "m1", "-b", "14.1");
    sim.ok("pot", "mount-in", "-p", "m1", "-f", "data", "-m", "/tmp", "-r");
    CommandResult none = sim.run("pot", "clone", "-p", "c", "-P", "m1");
    assertTrue(
        none.stdout().contains("zroot/pot/jails/m1/usr.local has no snap - please take a snapshot"),
        none.stdout());
    assertFalse(dir.resolve("fsroot/jails/c").toFile().exists(), "the undo destroyed it");
    sim.ok("pot", "snapshot", "-p", "m1");
    sim.ok("pot", "clone", "-p", "c", "-P", "m1");
    assertEquals(
        "zroot/pot/bases/14.1 / ro\n"
            + "zroot/pot/jails/c/usr.local /usr/local zfs-remount\n"
            + "zroot/pot/jails/c/custom /opt/custom zfs-remount\n"
            + "zroot/pot/fscomp/data /tmp ro\n",
        SimFixture.read(dir.resolve("fsroot/jails/c/conf/fscomp.conf")));
    String origin =
        sim.ok("zfs", "get", "-H", "-o", "value", "origin", "zroot/pot/jails/c/custom").stdout();
    assertTrue(origin.startsWith("zroot/pot/jails/m1/custom@"), origin);
    sim.ok("pot", "start", "c");
  }

  @Test
  void aLevelTwoCreateAnnouncesPotsFixOfItsLevelOnePot() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "m1", "-b", "14.1");
    sim.ok("pot", "snapshot", "-p", "m1");
    String out = sim.ok("pot", "create", "-p", "m2", "-P", "m1", "-l", "2").stdout();
    assertTrue(
        out.contains(
            "===>  "
                + dir.resolve("fsroot/jails/m1/conf/fscomp.conf")
                + " fix ("
                + dir.resolve("fsroot/jails/m1/m/usr/local")
                + " zfs-remount)\n"),
        out);
  }
}
