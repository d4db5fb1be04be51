package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * Points where the simulator was run side by side with pot 0.16.1's scripts in the real-pot kit
 * (docs/real-pot.md; issue 15 item 1, points 8 and 10 and the {@code ===>} lines).
 */
class SimPotRealRunTest {

  @TempDir Path dir;

  @Test
  void createBaseStartsAndStopsTheBasePotForItsFbsdUpdateFlavour() throws Exception {
    SimFixture sim = new SimFixture(dir);
    String out = sim.ok("pot", "create-base", "-r", "14.1").stdout();
    assertTrue(out.contains("===>  flavours     : fbsd-update\n"), out);
    assertTrue(out.contains("===>  Starting the pot base-14_1\nbase-14_1: created\n"), out);
    Path conf = dir.resolve("fsroot/jails/base-14_1/conf");
    assertTrue(Files.exists(conf.resolve(".last_run_stats")));
    assertTrue(Files.exists(dir.resolve("etc/pot/flavours/fbsd-update.sh")));
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-t", "single");
    sim.ok("pot", "start", "web");
    assertEquals("2\n", sim.ok("jls", "-j", "web", "jid").stdout(), "jid 1 was the base pot's");
  }

  @Test
  void aFailedLevelTwoCreateLeavesTheDatasetAndItsMDirectory() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "one", "-b", "14.1", "-l", "1");
    CommandResult r = sim.run("pot", "create", "-p", "two", "-P", "one", "-l", "2");
    assertEquals(1, r.exitCode(), r.stdout());
    assertTrue(
        r.stdout().contains("###>  no snapshot found for zroot/pot/jails/one/custom"), r.stdout());
    Path pot = dir.resolve("fsroot/jails/two");
    assertTrue(Files.isDirectory(pot.resolve("m")));
    assertFalse(Files.exists(pot.resolve("conf")));
    assertEquals(0, sim.run("zfs", "list", "zroot/pot/jails/two").exitCode());
  }

  @Test
  void createAndStartPrintPotsInfoLines() {
    SimFixture sim = new SimFixture(dir).withBase();
    String created =
        sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-t", "single", "-N", "public-bridge")
            .stdout();
    assertEquals(
        List.of(
            "===>  Creating a new pot",
            "===>  pot name     : web",
            "===>  type         : single",
            "===>  base         : 14.1",
            "===>  pot_base     : ",
            "===>  level        : 0",
            "===>  network-type : public-bridge",
            "===>  network-stack: ipv4",
            "===>  ip           : 10.192.0.3",
            "===>  bridge       : ",
            "===>  dns          : inherit",
            "===>  flavours     : ",
            "===>  Fetching FreeBSD 14.1",
            "===>  Extract the tarball"),
        created.lines().toList());
    assertEquals(
        "===>  Internal network not found! Calling vnet-start to fix the issue\n"
            + "===>  Starting the pot web\nweb: created\n",
        sim.ok("pot", "start", "web").stdout());
    sim.ok("pot", "stop", "web");
    assertEquals(
        "===>  Starting the pot web\nweb: created\n", sim.ok("pot", "start", "web").stdout());
  }

  @Test
  void destroyingARunningPotSaysSoAfterItsDestroyingLine() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-t", "single");
    sim.ok("pot", "start", "web");
    CommandResult r = sim.run("pot", "destroy", "-p", "web");
    assertEquals(1, r.exitCode());
    assertEquals("===>  Destroying pot web\n###>  pot web is running\n", r.stdout());
  }
}
