package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/** pot's traps (pot.md §11–§12, DESIGN.md §3.2), reproduced by the simulator. */
class SimPotTrapsTest {

  @TempDir Path dir;
  SimFixture sim;

  @BeforeEach
  void base() {
    sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "create", "-p", "db", "-b", "14.1", "-N", "public-bridge");
  }

  @Test
  void stopOfAMissingPotExitsZero() {
    CommandResult r = sim.run("pot", "stop", "ghost");
    assertEquals(0, r.exitCode());
    assertEquals("###>  The pot ghost is not a valid pot\n", r.stdout());
  }

  @Test
  void stopOfANeverStartedPotFailsBecauseItHasNoStatus() {
    CommandResult r = sim.run("pot", "stop", "web");
    assertEquals(1, r.exitCode());
    assertEquals("###>  pot web is not in a state where it can be stopped\n", r.stdout());
  }

  @Test
  void createFscompOfAnExistingOneSucceeds() {
    sim.ok("pot", "create-fscomp", "-f", "data");
    CommandResult again = sim.ok("pot", "create-fscomp", "-f", "data");
    assertEquals("===>  fs component zroot/pot/fscomp/data already exists\n", again.stdout());
  }

  @Test
  void addDepAppendsDuplicates() {
    sim.ok("pot", "add-dep", "-p", "web", "-P", "db");
    sim.ok("pot", "add-dep", "-p", "web", "-P", "db");
    assertEquals(List.of("pot.depend=db", "pot.depend=db"), sim.potConfLines("web", "pot.depend"));
  }

  @Test
  void exportPortsReplacesTheWholeList() {
    sim.ok("pot", "export-ports", "-p", "web", "-e", "80", "-e", "443:30443");
    sim.ok("pot", "export-ports", "-p", "web", "-e", "udp:53:5353");
    assertEquals(
        List.of("pot.export.ports=udp:53:5353"), sim.potConfLines("web", "pot.export.ports"));
    for (String bad : List.of("http", "80000", "-1", "80:", ":80", "12 34")) {
      assertEquals(1, sim.run("pot", "export-ports", "-p", "web", "-e", bad).exitCode(), bad);
    }
  }

  @Test
  void setEnvAndSetHostsReplaceEverything() {
    sim.ok("pot", "set-env", "-p", "web", "-E", "A=1", "-E", "B=two \"words\"");
    sim.ok("pot", "set-env", "-p", "web", "-E", "C=3");
    assertEquals(List.of("pot.env=\"C=3\""), sim.potConfLines("web", "pot.env"));
    sim.ok("pot", "set-env", "-p", "web", "-E", "B=two \"words\"");
    assertEquals(List.of("pot.env=\"B=two \\\"words\\\"\""), sim.potConfLines("web", "pot.env"));
    sim.ok("pot", "set-hosts", "-p", "web", "-H", "db:10.192.0.4", "-H", "v6:fe00::2");
    sim.ok("pot", "set-hosts", "-p", "web", "-H", "cache:10.192.0.9");
    assertEquals(List.of("pot.hosts=10.192.0.9 cache"), sim.potConfLines("web", "pot.hosts"));
  }

  @Test
  void createOfAnExistingPotFails() {
    CommandResult r = sim.run("pot", "create", "-p", "web", "-b", "14.1");
    assertEquals(1, r.exitCode());
    assertEquals("###>  pot web already exists\n", r.stdout());
  }

  @Test
  void createWithAMissingBaseFails() {
    CommandResult r = sim.run("pot", "create", "-p", "x", "-b", "13.2");
    assertEquals(1, r.exitCode());
    assertEquals("###>  13.2 is not a valid base\n", r.stdout());
  }

  @Test
  void startOfARunningPotIsANoOpAndDestroyOfARunningPotNeedsForce() {
    sim.ok("pot", "start", "web");
    sim.ok("pot", "start", "web");
    CommandResult r = sim.run("pot", "destroy", "-p", "web");
    assertEquals("===>  Destroying pot web\n###>  pot web is running\n", r.stdout());
    sim.ok("pot", "destroy", "-F", "-p", "web");
    assertEquals(1, sim.run("jls", "-j", "web").exitCode());
    assertEquals(1, sim.run("zfs", "list", "zroot/pot/jails/web").exitCode());
    assertTrue(sim.ok("pot", "ls", "-q").stdout().lines().noneMatch("web"::equals));
  }

  @Test
  void setAttributeNormalisesBooleansAndRejectsUnknownAttributes() {
    sim.ok("pot", "set-attr", "-p", "web", "-A", "start-at-boot", "-V", "on");
    assertEquals(
        List.of("pot.attr.start-at-boot=YES"), sim.potConfLines("web", "pot.attr.start-at-boot"));
    assertEquals(
        "###>  color is not a valid attribute\n",
        sim.run("pot", "set-attribute", "-p", "web", "-A", "color", "-V", "red").stdout());
    assertEquals(
        1,
        sim.run("pot", "set-attribute", "-p", "web", "-A", "persistent", "-V", "maybe").exitCode());
    assertEquals(1, sim.run("pot", "set-rss", "-p", "web", "-M", "1.5G").exitCode());
    sim.ok("pot", "set-rss", "-p", "web", "-M", "512M", "-C", "2");
    assertEquals(List.of("pot.rss.memory=512M"), sim.potConfLines("web", "pot.rss.memory"));
  }
}
