package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Static IPs pot would refuse are located plan errors (issue 14 item 3): checked against the
 * observed network, its gateway, broadcast and DNS address and the bridge subnets, before any
 * command runs; and the attribute rule of validation is the only one (exec_stop with a space).
 */
class StaticIpsPlanTest {

  @TempDir Path tmp;

  private Run potctl(String... args) {
    return Potctl.bare(args);
  }

  private Path spec(String name, String yaml) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve("p.yaml"), "version: 1\n" + yaml);
    return dir;
  }

  /** The changing commands the simulated host in {@code sim} ran. */
  static List<String> mutating(Path sim) throws Exception {
    Path log = sim.resolve("commands.log");
    return Files.exists(log)
        ? Files.readAllLines(log).stream()
            .filter(l -> SimulatedHost.mutating(List.of(l.split(" "))))
            .toList()
        : List.of();
  }

  @Test
  void publicBridgeAddressesPotWouldRefuseAreLocatedAtTheIpNode() throws Exception {
    Path dir =
        spec(
            "public",
            """
            pots:
              gw: {base: "14.1", network: {type: public-bridge, ip: 10.192.0.1}}
              dns: {base: "14.1", network: {type: public-bridge, ip: 10.192.0.2}}
              net: {base: "14.1", network: {type: public-bridge, ip: 10.192.0.0}}
              bcast: {base: "14.1", network: {type: public-bridge, ip: 10.255.255.255}}
              away: {base: "14.1", network: {type: public-bridge, ip: 192.168.1.7}}
              fine: {base: "14.1", network: {type: public-bridge, ip: 10.192.0.9}}
            """);
    Path sim = tmp.resolve("sim");
    Run r = potctl("apply", "--yes", "--host", "sim:" + sim, dir.toString());
    assertEquals(1, r.code(), r.all());
    String at = dir + "/p.yaml:";
    assertTrue(
        r.all()
            .contains(
                at
                    + "3:57: error: pots.gw.network.ip: ip 10.192.0.1 is POT_GATEWAY, the gateway"
                    + " of pot's network 10.192.0.0/10; pot create would refuse it"),
        r.all());
    assertTrue(
        r.all().contains(at + "4:58: error: pots.dns.network.ip: ip 10.192.0.2 is the address"),
        r.all());
    assertTrue(r.all().contains("pots.net.network.ip: ip 10.192.0.0 is the network address"));
    assertTrue(
        r.all().contains("pots.bcast.network.ip: ip 10.255.255.255 is the broadcast address"));
    assertTrue(
        r.all()
            .contains(
                "pots.away.network.ip: ip 192.168.1.7 is outside pot's network 10.192.0.0/10"));
    assertTrue(!r.all().contains("pots.fine"), r.all());
    assertEquals(List.of(), mutating(sim));
  }

  @Test
  void privateBridgeAddressesAreJudgedAgainstTheObservedSubnet() throws Exception {
    Path sim = tmp.resolve("sim");
    String bridge = "bridges:\n  backend: {size: 6}\n";
    Run made = potctl("apply", "--yes", "--host", "sim:" + sim, spec("b", bridge).toString());
    assertEquals(0, made.code(), made.all());
    String file = Files.readString(sim.resolve("fsroot/bridges/backend"));
    String net = file.lines().filter(l -> l.startsWith("net=")).findFirst().orElseThrow();
    String gateway = file.lines().filter(l -> l.startsWith("gateway=")).findFirst().orElseThrow();
    String gw = gateway.substring("gateway=".length());
    String subnet = net.substring("net=".length());
    int dot = gw.lastIndexOf('.');
    String inside = gw.substring(0, dot + 1) + (Integer.parseInt(gw.substring(dot + 1)) + 1);
    int before = mutating(sim).size();
    String pots =
        bridge
            + "pots:\n"
            + "  a: {base: \"14.1\", network: {type: private-bridge, bridge: backend, ip: "
            + gw
            + "}}\n"
            + "  b: {base: \"14.1\", network: {type: private-bridge, bridge: backend, ip:"
            + " 10.1.2.3}}\n"
            + "  c: {base: \"14.1\", network: {type: public-bridge, ip: "
            + inside
            + "}}\n";
    Run r = potctl("apply", "--yes", "--host", "sim:" + sim, spec("b", pots).toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.all()
            .contains(
                "pots.a.network.ip: ip "
                    + gw
                    + " is the gateway of bridge backend ("
                    + subnet
                    + ")"),
        r.all());
    assertTrue(
        r.all().contains("pots.b.network.ip: ip 10.1.2.3 is outside the subnet of bridge backend"),
        r.all());
    assertTrue(
        r.all()
            .contains(
                "pots.c.network.ip: ip "
                    + inside
                    + " lies in private bridge backend's subnet "
                    + subnet),
        r.all());
    assertEquals(before, mutating(sim).size());
  }

  @Test
  void anExecStopValidationAcceptsIsAppliedAndOneItRefusesIsLocated() throws Exception {
    Path sim = tmp.resolve("sim");
    Path ok =
        spec(
            "ok",
            "pots:\n  web:\n    base: \"14.1\"\n"
                + "    attributes: {exec_stop: \"/bin/sh /etc/rc.shutdown\"}\n");
    Run r = potctl("apply", "--yes", "--host", "sim:" + sim, ok.toString());
    assertEquals(0, r.code(), r.all());
    assertTrue(
        Files.readString(sim.resolve("fsroot/jails/web/conf/pot.conf"))
            .contains("pot.attr.exec_stop=/bin/sh /etc/rc.shutdown\n"));
    Path bad =
        spec(
            "bad",
            "pots:\n  web:\n    base: \"14.1\"\n    attributes: {exec_stop: \"kill $PPID\"}\n");
    Run v = potctl("validate", bad.toString());
    assertEquals(1, v.code(), v.all());
    assertTrue(
        v.all()
            .contains(
                bad
                    + "/p.yaml:5:29: error: pots.web.attributes.exec_stop: must not contain ="
                    + " (pot cuts the value there) or $ (jail(8) expands it), got \"kill $PPID\""),
        v.all());
  }
}
