package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimPotNetworkTest {

  @TempDir Path dir;

  private SimFixture sim() {
    return new SimFixture(dir).withBase();
  }

  private String ip(SimFixture sim, String pot) {
    return sim.potConfLines(pot, "ip").get(0).substring(3);
  }

  @Test
  void publicBridgeAddressesAreTheFirstFreeOnesAndAreReusedAfterDestroy() {
    SimFixture sim = sim();
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "create", "-p", "b", "-b", "14.1", "-N", "public-bridge", "-i", "auto");
    sim.ok("pot", "create", "-p", "c", "-b", "14.1", "-N", "public-bridge");
    assertEquals(
        List.of("10.192.0.3", "10.192.0.4", "10.192.0.5"),
        List.of(ip(sim, "a"), ip(sim, "b"), ip(sim, "c")));
    sim.ok("pot", "destroy", "-p", "b");
    sim.ok("pot", "create", "-p", "d", "-b", "14.1", "-N", "public-bridge");
    assertEquals("10.192.0.4", ip(sim, "d"));
  }

  @Test
  void explicitAddressesAreValidatedLikePotnet() {
    SimFixture sim = sim();
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-N", "public-bridge", "-i", "10.192.0.50");
    assertEquals(
        "###>  The 10.192.0.50 IP is not valid - run potnet validate -H 10.192.0.50 for more information\n",
        sim.run(
                "pot",
                "create",
                "-p",
                "b",
                "-b",
                "14.1",
                "-N",
                "public-bridge",
                "-i",
                "10.192.0.50")
            .stdout());
    assertEquals(
        1,
        sim.run(
                "pot",
                "create",
                "-p",
                "c",
                "-b",
                "14.1",
                "-N",
                "public-bridge",
                "-i",
                "192.168.1.1")
            .exitCode());
    assertEquals(
        1,
        sim.run("pot", "create", "-p", "d", "-b", "14.1", "-N", "alias", "-i", "auto").exitCode());
    sim.ok("pot", "create", "-p", "e", "-b", "14.1", "-N", "alias", "-i", "192.168.1.1");
    assertEquals(List.of(), sim.potConfLines("e", "bridge"));
  }

  /** network.sh:157, 262-296, 329-331: pot's _validate_alias_ipaddr. */
  @Test
  void aliasItemsNeedAKnownInterfaceAnAddressAndOneOfTheStack() {
    SimFixture sim = sim();
    assertEquals(
        "###>  em9 is not a valid network interface\n"
            + "###>  10.0.0.1 em9|10.0.0.2 is not a valid alias configuration\n",
        alias(sim, "a", "-i", "10.0.0.1", "-i", "em9|10.0.0.2").stdout());
    assertEquals(
        "###>  10.0.0.300 is not a valid IP address\n"
            + "###>  10.0.0.300 is not a valid alias configuration\n",
        alias(sim, "a", "-i", "10.0.0.300").stdout());
    assertEquals(
        "###>  Stack is ipv6 but not ipv6 address has been provided\n"
            + "###>  lo0|10.0.0.1 is not a valid alias configuration\n",
        alias(sim, "a", "-S", "ipv6", "-i", "lo0|10.0.0.1").stdout());
    assertEquals(
        "###>  Stack is ipv4 but not ipv4 address has been provided\n"
            + "###>  2001:db8::1 is not a valid alias configuration\n",
        alias(sim, "a", "-i", "2001:db8::1").stdout());
    assertEquals(1, alias(sim, "a", "-i", "bridge0|10.0.0.1").exitCode(), "no bridge is up yet");
    sim.ok("pot", "create", "-p", "vnet", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "start", "vnet");
    assertEquals(0, alias(sim, "b", "-i", "bridge0|10.0.0.1").exitCode(), "vnet-start made it");
    assertEquals(0, alias(sim, "c", "-S", "dual", "-i", "em0|2001:DB8::1").exitCode());
    assertEquals(List.of("ip=em0|2001:DB8::1"), sim.potConfLines("c", "ip"));
  }

  private static org.potctl.state.exec.CommandResult alias(
      SimFixture sim, String pot, String... more) {
    List<String> argv =
        new java.util.ArrayList<>(List.of("pot", "create", "-p", pot, "-b", "14.1", "-N", "alias"));
    argv.addAll(List.of(more));
    return sim.run(argv.toArray(String[]::new));
  }

  @Test
  void bridgeSizeFollowsPotsRoundingAndSkipsUsedSubnets() {
    SimFixture sim = sim();
    assertEquals(30, PotNet.prefixFor(2));
    assertEquals(29, PotNet.prefixFor(3));
    assertEquals(29, PotNet.prefixFor(6));
    assertEquals(28, PotNet.prefixFor(7));
    assertEquals(28, PotNet.prefixFor(14));
    sim.ok("pot", "create-private-bridge", "-B", "backend", "-S", "6");
    assertEquals(
        "net=10.192.0.8/29\ngateway=10.192.0.9\nname=backend\n",
        SimFixture.read(dir.resolve("fsroot/bridges/backend")));
    sim.ok("pot", "create-private-bridge", "-B", "small", "-S", "2");
    assertEquals(
        "net=10.192.0.4/30\ngateway=10.192.0.5\nname=small\n",
        SimFixture.read(dir.resolve("fsroot/bridges/small")));
    assertEquals(
        "###>  A bridge with name backend already exists\n",
        sim.run("pot", "create-private-bridge", "-B", "backend", "-S", "6").stdout());
    assertEquals(1, sim.run("pot", "create-private-bridge", "-B", "tiny", "-S", "1").exitCode());
  }

  @Test
  void bridgeSubnetsAreReservedForPublicPotsAndFilledFromTheFirstHost() {
    SimFixture sim = sim();
    sim.ok("pot", "create-private-bridge", "-B", "backend", "-S", "6");
    sim.ok("pot", "create", "-p", "pub", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "create", "-p", "db1", "-b", "14.1", "-N", "private-bridge", "-B", "backend");
    sim.ok("pot", "create", "-p", "db2", "-b", "14.1", "-N", "private-bridge", "-B", "backend");
    assertEquals("10.192.0.3", ip(sim, "pub"));
    assertEquals(List.of("10.192.0.10", "10.192.0.11"), List.of(ip(sim, "db1"), ip(sim, "db2")));
    sim.ok("pot", "create", "-p", "pub2", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "create", "-p", "pub3", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "create", "-p", "pub4", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "create", "-p", "pub5", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "create", "-p", "pub6", "-b", "14.1", "-N", "public-bridge");
    assertEquals("10.192.0.16", ip(sim, "pub6"));
    assertEquals(
        "###>  the bridge backend is still used by the pot db1 - unable to delete\n",
        sim.run("pot", "destroy", "-B", "backend").stdout());
  }

  @Test
  void startLoadsRedirectAnchorsAndStopFlushesThem() {
    SimFixture sim = sim();
    sim.ok("pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "export-ports", "-p", "web", "-e", "80", "-e", "udp:53:5353", "-e", "443");
    assertEquals("", sim.ok("pfctl", "-a", "pot-rdr/*", "-s", "nat").stdout());
    sim.ok("pot", "start", "web");
    assertEquals(
        "nat-anchor \"web\" all {\n"
            + "  rdr pass on em0 inet proto tcp from any to (em0) port = 1024 -> 10.192.0.3 port 80\n"
            + "  rdr pass on em0 inet proto udp from any to (em0) port = 5353 -> 10.192.0.3 port 53\n"
            + "  rdr pass on em0 inet proto tcp from any to (em0) port = 1025 -> 10.192.0.3 port 443\n"
            + "}\n",
        sim.ok("pfctl", "-a", "pot-rdr/*", "-s", "nat").stdout());
    assertEquals("  pot-rdr/web\n", sim.ok("pfctl", "-a", "pot-rdr", "-s", "Anchors").stdout());
    sim.ok("pot", "stop", "web");
    assertEquals("", sim.ok("pfctl", "-a", "pot-rdr/*", "-s", "nat").stdout());
  }

  /** vnet-start.sh:132 loads pot-nat; start runs vnet-start for the first bridge pot only. */
  @Test
  void theNatRuleIsLoadedByTheFirstVnetStartOnly() {
    SimFixture sim = sim();
    sim.ok("pot", "create", "-p", "plain", "-b", "14.1");
    sim.ok("pot", "create-private-bridge", "-B", "backend", "-S", "4");
    sim.ok("pot", "create", "-p", "db", "-b", "14.1", "-N", "private-bridge", "-B", "backend");
    sim.ok("pot", "start", "plain");
    assertEquals("", sim.ok("pfctl", "-a", "pot-nat", "-s", "nat").stdout());
    assertEquals("  pot-nat\n  pot-rdr\n", sim.ok("pfctl", "-s", "Anchors").stdout());
    sim.ok("pot", "start", "db");
    String nat = "nat on em0 inet from 10.192.0.0/10 to any -> (em0:0) round-robin\n";
    assertEquals(nat, sim.ok("pfctl", "-a", "pot-nat", "-s", "nat").stdout());
    sim.ok("pot", "stop", "db");
    assertEquals(nat, sim.ok("pfctl", "-a", "pot-nat", "-s", "nat").stdout());
  }

  @Test
  void hostPortsSkipThoseOtherAnchorsUse() {
    SimFixture sim = sim();
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "create", "-p", "b", "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "export-ports", "-p", "a", "-e", "80", "-e", "81:1025");
    sim.ok("pot", "export-ports", "-p", "b", "-e", "80");
    sim.ok("pot", "start", "a");
    sim.ok("pot", "start", "b");
    assertEquals(
        "rdr pass on em0 inet proto tcp from any to (em0) port = 1026 -> 10.192.0.4 port 80\n",
        sim.ok("pfctl", "-a", "pot-rdr/b", "-s", "nat").stdout());
  }

  @Test
  void longPotNamesGetTruncatedAnchorNames() {
    assertEquals("web", PotPorts.anchorName("web"));
    String longName = "a".repeat(10) + "_" + "b".repeat(54);
    assertEquals("b".repeat(54), PotPorts.anchorName(longName));
    SimFixture sim = sim();
    sim.ok("pot", "create", "-p", longName, "-b", "14.1", "-N", "public-bridge");
    sim.ok("pot", "export-ports", "-p", longName, "-e", "80");
    sim.ok("pot", "start", longName);
    assertEquals(
        "  pot-rdr/" + "b".repeat(54) + "\n",
        sim.ok("pfctl", "-a", "pot-rdr", "-s", "Anchors").stdout());
  }

  @Test
  void inheritAndAliasPotsExportNothing() {
    SimFixture sim = sim();
    sim.ok("pot", "create", "-p", "web", "-b", "14.1");
    assertEquals(
        "===>  Only public-bridge and private-bridge network type can export ports - this setting will be ignored during start\n",
        sim.ok("pot", "export-ports", "-p", "web", "-e", "80").stdout());
    sim.ok("pot", "start", "web");
    assertEquals("", sim.ok("pfctl", "-a", "pot-rdr/*", "-s", "nat").stdout());
  }
}
