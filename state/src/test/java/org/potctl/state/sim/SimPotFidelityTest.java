package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/** Points where the simulator was checked against pot 0.16.1's scripts (issue 15, item 1). */
class SimPotFidelityTest {

  @TempDir Path dir;
  SimFixture sim;

  @BeforeEach
  void base() {
    sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-t", "single");
  }

  @Test
  void getAttributeRefusesANameOutsidePotsListsAndSaysWhenAValueIsUnset() {
    CommandResult bad = sim.run("pot", "get-attribute", "-p", "web", "-A", "nosuch");
    assertEquals(1, bad.exitCode());
    assertEquals("###>  nosuch is not a valid attribute\n", bad.stdout());
    CommandResult ok = sim.run("pot", "get-attribute", "-p", "web", "-A", "stop_timeout");
    assertEquals("===>  stop_timeout: 10\n", ok.stdout());
    CommandResult unset = sim.run("pot", "get-attribute", "-p", "web", "-A", "exec_stop");
    assertEquals(0, unset.exitCode());
    assertEquals("===>  The attribute exec_stop is not set for the pot web\n", unset.stdout());
  }

  @Test
  void aPotWhoseDatasetCannotBeDestroyedSaysItsDestructionFailed() {
    sim.ok("pot", "snapshot", "-p", "web");
    sim.ok("pot", "clone", "-p", "copy", "-P", "web");
    CommandResult r = sim.run("pot", "destroy", "-p", "web");
    assertEquals(1, r.exitCode());
    assertTrue(
        r.stdout().endsWith("###>  web destruction failed\n")
            && r.stdout().contains("###>  zfs failed to destroy the dataset"),
        r.stdout());
  }

  @Test
  void aBadBooleanLosesItsValueInTheMessage() {
    CommandResult r =
        sim.run("pot", "set-attribute", "-p", "web", "-A", "persistent", "-V", "maybe");
    assertEquals(1, r.exitCode());
    assertEquals("###>  value  is not a valid boolean value\n", r.stdout());
  }

  @Test
  void existenceChecksPrintTheirOwnLineFirst() {
    assertEquals(
        "###>   Pot ghost not found\n###>  ghost is not a valid pot\n",
        sim.run("pot", "set-attribute", "-p", "ghost", "-A", "persistent", "-V", "NO").stdout());
    assertEquals(
        "###>   Pot ghost not found\n###>  ghost is not a valid pot name\n",
        sim.run("pot", "export-ports", "-p", "ghost", "-e", "80").stdout());
    assertEquals(
        "###>   Pot ghost not found\n###>  ghost is not a valid pot name\n",
        sim.run("pot", "set-rss", "-p", "ghost", "-C", "1").stdout());
    assertEquals(
        "###>   Pot ghost not found\n###>  dependency pot ghost is not valid\n"
            + "pot add-dep [-hv] [-p value] [-P value]\n",
        sim.run("pot", "add-dep", "-p", "web", "-P", "ghost").stdout());
    assertEquals("", sim.run("pot", "get-attribute", "-q", "-p", "ghost", "-A", "x").stdout());
  }

  @Test
  void aFlavourSetCmdKeepsEverythingAfterTheLiteralPrefix() throws Exception {
    Path flavours = Files.createDirectories(dir.resolve("etc/pot/flavours"));
    Files.writeString(flavours.resolve("cmd"), "set-cmd -c \"/usr/local/bin/app -c conf\"\n");
    Files.writeString(flavours.resolve("bad"), "set-cmd  -c x\n");
    sim.ok("pot", "create", "-p", "app", "-b", "14.1", "-t", "single", "-f", "cmd");
    assertEquals(List.of("pot.cmd=/usr/local/bin/app -c conf"), sim.potConfLines("app", "pot.cmd"));
    CommandResult bad = sim.run("pot", "create", "-p", "app2", "-b", "14.1", "-f", "bad");
    assertEquals(1, bad.exitCode());
    assertEquals(
        List.of(
            "###>  In flavour only 'set-cmd -c ' is supported",
            "###>  pot app2 is not in a state where it can be stopped"),
        bad.stdout().lines().filter(l -> l.startsWith("###>")).toList());
  }

  @Test
  void setCmdDropsATrailingQuoteOnlyAfterALeadingOne() {
    sim.ok("pot", "set-cmd", "-p", "web", "-c", "echo \"hi\"");
    assertEquals(List.of("pot.cmd=echo \"hi\""), sim.potConfLines("web", "pot.cmd"));
    sim.ok("pot", "set-cmd", "-p", "web", "-c", "\"echo hi\"");
    assertEquals(List.of("pot.cmd=echo hi"), sim.potConfLines("web", "pot.cmd"));
    assertEquals(
        "###>  A command is mandatory\n", sim.run("pot", "set-cmd", "-p", "ghost").stdout());
  }

  @Test
  void networkErrorsUseNetworkShsWording() {
    assertEquals(
        "###>  -i auto not usable with network type alias - a real IP address has to be provided\n",
        sim.run("pot", "create", "-p", "a", "-b", "14.1", "-N", "alias", "-i", "auto").stdout());
    sim.ok("pot", "create-private-bridge", "-B", "backend", "-S", "6");
    assertEquals(
        "###>  The 10.0.0.9 IP is not valid for bridge backend - run potnet validate -H 10.0.0.9"
            + " -b backend for more information\n",
        sim.run(
                "pot",
                "create",
                "-p",
                "b",
                "-b",
                "14.1",
                "-N",
                "private-bridge",
                "-B",
                "backend",
                "-i",
                "10.0.0.9")
            .stdout());
  }

  @Test
  void destroyBaseRecursiveTakesMultiLevelZeroPotsAndTheBasePot() {
    sim.ok("pot", "create", "-p", "zero", "-b", "14.1", "-l", "0");
    sim.ok("pot", "create", "-p", "one", "-b", "14.1");
    CommandResult r = sim.ok("pot", "destroy", "-b", "14.1", "-r");
    for (String p : List.of("one", "zero", "base-14_1", "web")) {
      assertEquals(1, sim.run("zfs", "list", "zroot/pot/jails/" + p).exitCode(), p);
    }
    assertEquals(true, r.stdout().contains("Destroying recursively pot zero based on 14.1"));
  }

  @Test
  void versionAnswersLikeVersionSh() {
    assertEquals("pot version: 0.16.0\n", sim.ok("pot", "version").stdout());
    assertEquals("0.16.0\n", sim.ok("pot", "version", "-q").stdout());
  }

  @Test
  void aDualStackPotHasBothEpairsAndAnAliasPotNone() {
    sim.ok("pot", "create", "-p", "dual", "-b", "14.1", "-N", "public-bridge", "-S", "dual");
    sim.ok("pot", "start", "dual");
    String status = SimFixture.read(dir.resolve("tmp/pot_status_dual"));
    assertEquals(true, status.matches("pot\\.status=started,p4[0-9a-f]+:p6[0-9a-f]+\n"), status);
    sim.ok("pot", "start", "web");
    assertEquals("pot.status=started,\n", SimFixture.read(dir.resolve("tmp/pot_status_web")));
  }
}
