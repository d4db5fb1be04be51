package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.sim.SimulatedHost;

/**
 * An alias pot's address that the host's interfaces already hold (issue 14 item 3) is a located
 * plan error naming the interface, judged from one {@code ifconfig -a} taken only when the spec has
 * an alias pot; a running pot's own alias is no conflict. The simulated host's {@code em0} is
 * 192.0.2.10/24.
 */
class AliasHostAddressesPlanTest {

  @TempDir Path tmp;

  private Path spec(String name, String yaml) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve("p.yaml"), "version: 1\n" + yaml);
    return dir;
  }

  private Run apply(Path sim, Path dir, String... more) {
    List<String> argv =
        new java.util.ArrayList<>(List.of("apply", "--yes", "--host", "sim:" + sim));
    argv.addAll(List.of(more));
    argv.add(dir.toString());
    return Potctl.bare(argv.toArray(String[]::new));
  }

  private static List<String> log(Path sim) throws Exception {
    Path log = sim.resolve("commands.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private static long mutating(Path sim) throws Exception {
    return log(sim).stream().filter(l -> SimulatedHost.mutating(List.of(l.split(" ")))).count();
  }

  @Test
  void theHostsOwnAddressesAreLocatedErrorsNamingTheInterface() throws Exception {
    Path dir =
        spec(
            "own",
            """
            pots:
              main: {base: "14.1", network: {type: alias, ip: 192.0.2.10}}
              loop:
                base: "14.1"
                network:
                  type: alias
                  ip: ["em0|192.0.2.60", "2001:db8::7", "2001:DB8:0::1", "lo0|fe80::1"]
                  stack: dual
              linklocal:
                base: "14.1"
                network: {type: alias, ip: ["lo0|fe80::5a9c:fcff:fe00:1"], stack: ipv6}
              fine: {base: "14.1", network: {type: alias, ip: 192.0.2.61}}
            """);
    Path sim = tmp.resolve("sim");
    Run r = apply(sim, dir);
    assertEquals(1, r.code(), r.all());
    String at = dir + "/p.yaml:";
    assertTrue(
        r.all()
            .contains(
                at
                    + "3:51: error: pots.main.network.ip: ip 192.0.2.10 is already an address of"
                    + " the host's interface em0 (inet 192.0.2.10 netmask 0xffffff00 broadcast"
                    + " 192.0.2.255); an alias pot would take it over from the host"),
        r.all());
    assertTrue(
        r.all()
            .contains(
                "error: pots.loop.network.ip[3]: ip fe80::1 is already an address of the host's"
                    + " interface lo0 (inet6 fe80::1%lo0 prefixlen 64 scopeid 0x2)"),
        r.all());
    assertFalse(r.all().contains("pots.loop.network.ip[0]"), r.all());
    assertFalse(r.all().contains("pots.loop.network.ip[1]"), r.all());
    assertFalse(r.all().contains("pots.loop.network.ip[2]"), r.all());
    assertFalse(
        r.all().contains("pots.linklocal"), "em0's link-local address is not lo0's: " + r.all());
    assertFalse(r.all().contains("pots.fine"), r.all());
    assertEquals(0, mutating(sim));
    assertEquals(1, log(sim).stream().filter(l -> l.equals("ifconfig -a")).count(), r.all());
  }

  @Test
  void aRunningPotsOwnAliasIsNoConflictAndPlansNoChange() throws Exception {
    Path dir =
        spec(
            "run",
            """
            pots:
              web: {base: "14.1", network: {type: alias, ip: ["192.0.2.50", "lo0|10.99.0.50"]}}
            """);
    Path sim = tmp.resolve("sim");
    Run first = apply(sim, dir);
    assertEquals(0, first.code(), first.all());
    String ifconfig = Potctl.bare("sim-exec", sim.toString(), "--", "ifconfig", "-a").out();
    assertTrue(
        ifconfig.contains("\tinet 192.0.2.50 netmask 0xffffffff broadcast 192.0.2.50\n"), ifconfig);
    assertTrue(ifconfig.contains("\tinet 10.99.0.50 netmask 0xffffffff"), ifconfig);
    Run again = Potctl.bare("plan", "--detailed-exitcode", "--host", "sim:" + sim, dir.toString());
    assertEquals(0, again.code(), again.all() + "\n" + ifconfig);
    assertFalse(again.all().contains("already an address"), again.all());
  }

  @Test
  void aBridgeGatewayIsTheBridgesOnceVnetStartBroughtItUp() throws Exception {
    Path sim = tmp.resolve("sim");
    Path vnet = spec("vnet", "pots:\n  web: {base: \"14.1\", network: {type: public-bridge}}\n");
    assertEquals(0, apply(sim, vnet).code());
    Path dir =
        spec(
            "gw",
            "pots:\n  web: {base: \"14.1\", network: {type: public-bridge}}\n"
                + "  gw: {base: \"14.1\", network: {type: alias, ip: 10.192.0.1}}\n");
    Run r = apply(sim, dir, "--spec-id", "vnet");
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.all()
            .contains(
                "pots.gw.network.ip: ip 10.192.0.1 is already an address of the host's interface"
                    + " bridge0 (inet 10.192.0.1 netmask 0xffc00000 broadcast 10.255.255.255)"),
        r.all());
  }

  @Test
  void anotherSpecsRunningAliasIsReportedOnceAsThatPotsAddress() throws Exception {
    Path sim = tmp.resolve("sim");
    Path a = spec("a", "pots:\n  a: {base: \"14.1\", network: {type: alias, ip: 192.0.2.50}}\n");
    assertEquals(0, apply(sim, a).code());
    Path b = spec("b", "pots:\n  b: {base: \"14.1\", network: {type: alias, ip: 192.0.2.50}}\n");
    Run r = apply(sim, b);
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.all().contains("pots.b.network.ip: static IP 192.0.2.50 is already used by pot a of"),
        r.all());
    assertFalse(r.all().contains("already an address of the host"), r.all());
  }

  /**
   * potnet hands out bridge pots' addresses and private bridges' subnets from POT_NETWORK without
   * looking at alias addresses: an alias there takes an address from the pots of every spec.
   */
  @Test
  void potsOwnAddressesAreRefusedAsAliasesNamingWhose() throws Exception {
    Path sim = tmp.resolve("sim");
    Path a =
        spec(
            "a",
            "bridges:\n  shared: {size: 6}\npots:\n  web:\n    base: \"14.1\"\n"
                + "    network: {type: private-bridge, bridge: shared}\n");
    assertEquals(0, apply(sim, a).code());
    Path b =
        spec(
            "b",
            "pots:\n  grab:\n    base: \"14.1\"\n    network:\n      type: alias\n"
                + "      ip: [\"em0|10.192.0.11\", \"em0|10.192.0.1\", \"10.192.0.2\","
                + " \"10.200.0.9\", \"192.0.2.62\"]\n");
    long before = mutating(sim);
    Run r = apply(sim, b);
    assertEquals(1, r.code(), r.all());
    String at = b + "/p.yaml:7:";
    String tail = "; an alias pot would take it from the pots of every spec";
    assertTrue(
        r.all()
            .contains(
                at
                    + "12: error: pots.grab.network.ip[0]: ip 10.192.0.11 lies in private"
                    + " bridge shared's subnet 10.192.0.8/29"
                    + tail),
        r.all());
    assertTrue(
        r.all()
            .contains(
                "pots.grab.network.ip[1]: ip 10.192.0.1 is POT_GATEWAY, the gateway of"
                    + " pot's bridge pots"
                    + tail),
        r.all());
    assertTrue(
        r.all()
            .contains(
                "pots.grab.network.ip[2]: ip 10.192.0.2 is the address of pot's DNS pot"
                    + " (POT_DNS_IP)"
                    + tail),
        r.all());
    assertTrue(
        r.all()
            .contains(
                "pots.grab.network.ip[3]: ip 10.200.0.9 lies in pot's network"
                    + " 10.192.0.0/10 (POT_NETWORK)"),
        r.all());
    assertFalse(r.all().contains("ip[4]"), r.all());
    assertEquals(before, mutating(sim));
  }

  @Test
  void twoPotsOfOneSpecWithOneAddressAreAValidationError() throws Exception {
    Path dir =
        spec(
            "twice",
            """
            pots:
              a: {base: "14.1", network: {type: alias, ip: 192.0.2.50}}
              b: {base: "14.1", network: {type: alias, ip: ["em0|192.0.2.50"]}}
            """);
    Run r = Potctl.bare("validate", dir.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.all().contains("pots.b.network.ip[0]: ip 192.0.2.50 is already used by pot a"), r.all());
  }

  @Test
  void anInterfaceTheHostDoesNotHaveIsALocatedErrorListingThoseItHas() throws Exception {
    Path dir =
        spec(
            "nic",
            """
            pots:
              web:
                base: "14.1"
                network: {type: alias, ip: ["em0|192.0.2.51", "em1|192.0.2.52", "vlan0.100|10.9.0.1"]}
            """);
    Path sim = tmp.resolve("sim");
    Run r = apply(sim, dir);
    assertEquals(1, r.code(), r.all());
    String at = dir + "/p.yaml:";
    assertTrue(
        r.all()
            .contains(
                at
                    + "5:51: error: pots.web.network.ip[1]: the host has no network interface em1"
                    + " (ifconfig -a lists em0, lo0); pot create refuses it"),
        r.all());
    assertTrue(
        r.all().contains("pots.web.network.ip[2]: the host has no network interface vlan0.100"),
        r.all());
    assertFalse(r.all().contains("pots.web.network.ip[0]"), r.all());
    assertEquals(0, mutating(sim), "nothing ran");
  }

  @Test
  void aRespeltAddressIsNoChangeAnotherAddressIs() throws Exception {
    Path sim = tmp.resolve("sim");
    String pot =
        "pots:\n  web:\n    base: \"14.1\"\n"
            + "    network: {type: alias, ip: [\"em0|192.0.2.50\", \"em0|%s\"], stack: dual}\n";
    Path dir = spec("v6", pot.formatted("2001:db8::50"));
    assertEquals(0, apply(sim, dir).code());
    Files.writeString(dir.resolve("p.yaml"), "version: 1\n" + pot.formatted("2001:DB8:0:0::0050"));
    Run same = Potctl.bare("plan", "--detailed-exitcode", "--host", "sim:" + sim, dir.toString());
    assertEquals(0, same.code(), same.all());
    Files.writeString(dir.resolve("p.yaml"), "version: 1\n" + pot.formatted("2001:db8::51"));
    Run other = Potctl.bare("plan", "--detailed-exitcode", "--host", "sim:" + sim, dir.toString());
    assertEquals(2, other.code(), other.all());
    assertTrue(other.all().contains("network.ip"), other.all());
  }

  @Test
  void aPlanWithoutAliasPotsDoesNotAskForTheInterfaces() throws Exception {
    Path sim = tmp.resolve("sim");
    Path dir = spec("plain", "pots:\n  web: {base: \"14.1\", network: {type: public-bridge}}\n");
    Run r = apply(sim, dir);
    assertEquals(0, r.code(), r.all());
    assertFalse(log(sim).contains("ifconfig -a"), log(sim).toString());
  }
}
