package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.ProgramRefusedException;
import org.potctl.state.model.HostInterfaces;
import org.potctl.state.net.IfconfigOutput;

/**
 * {@code ifconfig -a} on the simulated host: its own interfaces, the bridges vnet-start brought up,
 * and the aliases of running alias pots only while they run (jail(8) adds and removes them).
 */
class SimIfconfigTest {

  @TempDir Path dir;

  private HostInterfaces observe(SimFixture sim) {
    return IfconfigOutput.observe(sim.host);
  }

  private static List<String> lines(HostInterfaces host) {
    return host.addresses().stream().map(a -> a.iface() + " " + a.line()).toList();
  }

  @Test
  void theHostHasItsOwnAddressAndLoopback() {
    SimFixture sim = new SimFixture(dir);
    assertEquals(
        List.of(
            "em0 inet 192.0.2.10 netmask 0xffffff00 broadcast 192.0.2.255",
            "em0 inet6 fe80::5a9c:fcff:fe00:1%em0 prefixlen 64 scopeid 0x1",
            "lo0 inet 127.0.0.1 netmask 0xff000000",
            "lo0 inet6 ::1 prefixlen 128",
            "lo0 inet6 fe80::1%lo0 prefixlen 64 scopeid 0x2"),
        lines(observe(sim)));
    assertFalse(SimulatedHost.mutating(IfconfigOutput.ARGV));
    assertThrows(
        ProgramRefusedException.class,
        () -> sim.run("ifconfig", "em0", "inet", "192.0.2.10", "-alias"));
  }

  @Test
  void anAliasPotsAddressesExistOnlyWhileItRuns() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok(
        "pot",
        "create",
        "-p",
        "a",
        "-b",
        "14.1",
        "-N",
        "alias",
        "-S",
        "dual",
        "-i",
        "192.0.2.50",
        "-i",
        "lo0|127.0.0.9",
        "-i",
        "em0|2001:db8::50");
    HostInterfaces stopped = observe(sim);
    assertEquals(5, stopped.addresses().size());
    sim.ok("pot", "start", "a");
    HostInterfaces running = observe(sim);
    assertEquals(
        "inet 192.0.2.50 netmask 0xffffffff broadcast 192.0.2.50",
        running.holding("192.0.2.50", "em0").get(0).line());
    assertEquals("lo0", running.holding("127.0.0.9", "em0").get(0).iface());
    assertEquals(
        "inet6 2001:db8::50 prefixlen 128", running.holding("2001:db8::50", "em0").get(0).line());
    sim.ok("pot", "stop", "a");
    assertEquals(lines(stopped), lines(observe(sim)));
  }

  @Test
  void anIpv4StackAddsOnlyTheIpv4Aliases() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok(
        "pot",
        "create",
        "-p",
        "a",
        "-b",
        "14.1",
        "-N",
        "alias",
        "-S",
        "ipv4",
        "-i",
        "192.0.2.50",
        "-i",
        "em0|2001:db8::50");
    sim.ok("pot", "start", "a");
    HostInterfaces running = observe(sim);
    assertFalse(running.holding("192.0.2.50", "em0").isEmpty());
    assertTrue(running.holding("2001:db8::50", "em0").isEmpty());
  }

  @Test
  void aRunningVnetPotBringsUpThePublicBridgeAndItsEpair() {
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "start", "web");
    String out = sim.ok("ifconfig", "-a").stdout();
    assertTrue(
        out.contains(
            "bridge0: flags=1008843<UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST,LOWER_UP> metric 0"
                + " mtu 1500\n\tdescription: pot public bridge\n"),
        out);
    assertEquals(
        "bridge0 inet 10.192.0.1 netmask 0xffc00000 broadcast 10.255.255.255",
        observe(sim).holding("10.192.0.1", "em0").stream()
            .map(a -> a.iface() + " " + a.line())
            .toList()
            .get(0));
    assertTrue(out.matches("(?s).*\np4[0-9a-f]+: flags=8963<.*\tdescription: web\n.*"), out);
  }
}
