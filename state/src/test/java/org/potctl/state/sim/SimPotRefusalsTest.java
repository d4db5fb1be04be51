package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * pot's answers the real-pot kit's {@code creates} and {@code settings} sequences found the
 * simulator giving wrongly (docs/real-pot.md): each as pot 0.16.1's script and potnet 0.5.0 give
 * it.
 */
class SimPotRefusalsTest {

  @TempDir Path dir;

  @Test
  void aFullPrivateBridgeGivesAPotNoAddressAndStillCreatesIt() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create-private-bridge", "-B", "pb", "-S", "2"); // a /30: one pot address
    sim.ok(
        "pot",
        "create",
        "-p",
        "a",
        "-b",
        "14.1",
        "-t",
        "single",
        "-N",
        "private-bridge",
        "-B",
        "pb");
    sim.ok(
        "pot",
        "create",
        "-p",
        "b",
        "-b",
        "14.1",
        "-t",
        "single",
        "-N",
        "private-bridge",
        "-B",
        "pb");
    Path conf = dir.resolve("fsroot/jails/b/conf/pot.conf");
    assertTrue(SimFixture.read(conf).contains("\nip=\nbridge=pb\n"), SimFixture.read(conf));
    // 10.192.0.0/30 holds POT_GATEWAY and POT_DNS_IP: the bridge is 10.192.0.4/30, .5 its gateway
    assertTrue(
        SimFixture.read(dir.resolve("fsroot/jails/a/conf/pot.conf")).contains("\nip=10.192.0.6\n"));
  }

  @Test
  void potnetRefusesABridgeOfOneHost() {
    SimFixture sim = new SimFixture(dir);
    CommandResult r = sim.run("pot", "create-private-bridge", "-B", "pb", "-S", "1");
    assertEquals(1, r.exitCode());
    assertEquals("###>  Not able to get a valid network with size 1\n", r.stdout());
    assertFalse(dir.resolve("fsroot/bridges/pb").toFile().exists());
  }

  @Test
  void dnsPotNeedsThePotNamedDns() {
    SimFixture sim = new SimFixture(dir).withBase();
    CommandResult r =
        sim.run("pot", "create", "-p", "a", "-b", "14.1", "-t", "single", "-d", "pot");
    assertEquals(1, r.exitCode());
    assertEquals("###>  dns pot not found (dns) - please fix it\n", r.stdout());
    sim.ok("pot", "create", "-p", "dns", "-b", "14.1", "-t", "single");
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-t", "single", "-d", "pot");
  }

  @Test
  void settingsAnswersAsPotsScripts() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-t", "single");
    sim.ok("pot", "set-hosts", "-p", "a", "-H", "db:10.0.0.1");
    sim.ok("pot", "set-hosts", "-p", "a"); // no -H: the old lines go
    assertFalse(SimFixture.read(dir.resolve("fsroot/jails/a/conf/pot.conf")).contains("pot.hosts"));
    assertEquals(
        "###>  no Pot ghost not found\n###>  ghost is not a valid pot\n",
        sim.run("pot", "get-attribute", "-p", "ghost", "-A", "persistent").stdout());
    sim.ok("pot", "snapshot", "-p", "a");
    // the same second's snapshot exists: zfs fails, pot does not look (snapshot.sh:123)
    CommandResult again = sim.run("pot", "snapshot", "-p", "a");
    assertEquals(0, again.exitCode());
    assertEquals("", again.stdout());
    assertEquals("", sim.ok("pot", "destroy", "-q", "-p", "a").stdout());
    assertEquals(
        "###>   bridge ghost not found\n###>  ghost is not a valid bridge name\n",
        sim.run("pot", "destroy", "-B", "ghost").stdout());
  }

  @Test
  void setStatusOnlyReportsABadStatusAndWritesAnEmptyOne() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-t", "single");
    sim.ok("pot", "start", "a");
    sim.ok("pot", "stop", "a");
    CommandResult bad = sim.run("pot", "set-status", "-p", "a", "-s", "nonsense");
    assertEquals(0, bad.exitCode()); // set-status.sh:86-93, then no case refuses ""
    assertEquals("###>  nonsense is not a valid status\n", bad.stdout());
    assertEquals("pot.status=,\n", SimFixture.read(dir.resolve("tmp/pot_status_a")));
    assertEquals(2, sim.run("pot", "set-status", "-p", "a").exitCode()); // "" again: already there
  }
}
