package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.HostsEntry;
import org.potctl.state.model.NetworkType;
import org.potctl.state.model.PortExport;
import org.potctl.state.model.Pot;
import org.potctl.state.model.PotType;
import org.potctl.state.model.Protocol;

class PotConfReaderTest {

  /** The lines {@code pot create} writes (pot.md §2.1), multi level 1, public bridge. */
  static final String CREATED =
      """
      pot.level=1
      pot.type=multi
      pot.base=13.2
      pot.potbase=
      pot.dns=inherit
      pot.cmd=sh /etc/rc
      host.hostname="mypot.myhost.example.org"
      osrelease="13.2-RELEASE"
      pot.attr.no-rc-script=NO
      pot.attr.persistent=YES
      pot.attr.start-at-boot=NO
      pot.attr.prunable=NO
      pot.attr.no-tmpfs=NO
      pot.attr.enforce_statfs=2
      pot.attr.mount=NO
      pot.attr.fdescfs=NO
      pot.attr.linprocfs=NO
      pot.attr.nullfs=NO
      pot.attr.procfs=NO
      pot.attr.tmpfs=NO
      pot.attr.zfs=NO
      pot.attr.raw_sockets=NO
      pot.attr.sysvshm=new
      pot.attr.sysvsem=new
      pot.attr.sysvmsg=new
      pot.attr.children=0
      pot.attr.mlock=NO
      pot.attr.devfs_ruleset=4
      pot.attr.exec_stop=
      pot.attr.stop_timeout=10
      pot.stack=ipv4
      network_type=public-bridge
      vnet=true
      ip=10.192.0.3
      """;

  private static Pot read(String text) {
    return PotConfReader.read(
        "mypot", PotConfFile.parse("/opt/pot/jails/mypot/conf/pot.conf", text), List.of());
  }

  @Test
  void readsEveryFieldPotCreateWrites() {
    Pot pot = read(CREATED);
    assertEquals(PotType.MULTI, pot.type());
    assertEquals(1, pot.level());
    assertEquals("13.2", pot.base());
    assertEquals(Optional.empty(), pot.potbase());
    assertEquals("inherit", pot.dns());
    assertEquals(Optional.of("sh /etc/rc"), pot.command());
    assertEquals(Optional.of("mypot.myhost.example.org"), pot.hostname());
    assertEquals(NetworkType.PUBLIC_BRIDGE, pot.network().type());
    assertEquals(Optional.of("10.192.0.3"), pot.network().ip());
    assertEquals(Optional.empty(), pot.network().bridge());
    assertEquals(Optional.of("ipv4"), pot.network().stack());
    assertEquals(Optional.of("YES"), pot.attribute("persistent"));
    assertEquals(Optional.of(""), pot.attribute("exec_stop"));
    assertEquals(22, pot.attributes().size());
  }

  @Test
  void singlePotWithInheritNetworkHasNoAddress() {
    Pot pot =
        read(
            """
            pot.level=0
            pot.type=single
            pot.base=14.1
            network_type=inherit
            vnet=false
            """);
    assertEquals(PotType.SINGLE, pot.type());
    assertEquals(0, pot.level());
    assertEquals(NetworkType.INHERIT, pot.network().type());
    assertEquals(Optional.empty(), pot.network().ip());
  }

  @Test
  void privateBridgePotNamesItsBridge() {
    Pot pot =
        read(
            """
            pot.type=multi
            pot.level=2
            pot.base=14.1
            pot.potbase=db-base
            network_type=private-bridge
            vnet=true
            ip=10.192.0.18
            bridge=backend
            """);
    assertEquals(2, pot.level());
    assertEquals(Optional.of("db-base"), pot.potbase());
    assertEquals(NetworkType.PRIVATE_BRIDGE, pot.network().type());
    assertEquals(Optional.of("backend"), pot.network().bridge());
    assertEquals(Optional.of("10.192.0.18"), pot.network().ip());
  }

  @Test
  void aliasPotKeepsItsAddressListVerbatim() {
    Pot pot =
        read("pot.type=single\npot.level=0\nnetwork_type=alias\nip=em0|192.168.1.5 10.1.1.1\n");
    assertEquals(NetworkType.ALIAS, pot.network().type());
    assertEquals(Optional.of("em0|192.168.1.5 10.1.1.1"), pot.network().ip());
  }

  @Test
  void missingTypeMeansMulti() {
    assertEquals(PotType.MULTI, read("pot.base=13.2\nnetwork_type=inherit\n").type());
  }

  @Test
  void legacyIp4WithVnetIsAPublicBridge() {
    Pot pot = read("pot.type=multi\nip4=10.192.0.9\nvnet=true\n");
    assertEquals(NetworkType.PUBLIC_BRIDGE, pot.network().type());
    assertEquals(Optional.of("10.192.0.9"), pot.network().ip());
  }

  @Test
  void laterLinesWinAndRepeatedKeysAreKeptInOrder() {
    Pot pot =
        read(
            """
            pot.type=single
            pot.attr.start-at-boot=NO
            network_type=inherit
            pot.depend=dns
            pot.attr.start-at-boot=YES
            pot.depend=db
            pot.depend=db
            pot.export.ports=80 443:30443 udp:53:5353
            pot.rss.cpus=2
            pot.rss.memory=512M
            pot.env="APP_ENV=production"
            pot.env="MSG=say \\"hi\\" = ok"
            pot.hosts=10.192.1.2 db
            pot.hosts=fe00::2 test-pot-2
            """);
    assertEquals(Optional.of("YES"), pot.attribute("start-at-boot"));
    assertEquals(List.of("dns", "db", "db"), pot.depends());
    assertEquals(
        List.of(
            new PortExport(Protocol.TCP, 80, OptionalInt.empty()),
            new PortExport(Protocol.TCP, 443, OptionalInt.of(30443)),
            new PortExport(Protocol.UDP, 53, OptionalInt.of(5353))),
        pot.ports());
    assertEquals(OptionalInt.of(2), pot.resources().cpus());
    assertEquals(Optional.of("512M"), pot.resources().memory());
    assertEquals(List.of("APP_ENV=production", "MSG=say \"hi\" = ok"), pot.env());
    assertEquals(
        List.of(new HostsEntry("10.192.1.2", "db"), new HostsEntry("fe00::2", "test-pot-2")),
        pot.hosts());
  }

  @Test
  void unknownNetworkTypeNamesFileAndLine() {
    ParseException e =
        assertThrows(ParseException.class, () -> read("pot.type=multi\nnetwork_type=bridge\n"));
    assertEquals(
        "/opt/pot/jails/mypot/conf/pot.conf:2: unknown network_type 'bridge'", e.getMessage());
  }

  @Test
  void malformedExportPortsNamesTheLine() {
    ParseException e =
        assertThrows(
            ParseException.class, () -> read("network_type=inherit\n\npot.export.ports=80 http\n"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("http"), e.getMessage());
  }

  @Test
  void lineWithoutEqualsSignIsAnErrorNotDropped() {
    ParseException e = assertThrows(ParseException.class, () -> read("pot.type=multi\ngarbage\n"));
    assertEquals(
        "/opt/pot/jails/mypot/conf/pot.conf:2: expected key=value: 'garbage'", e.getMessage());
  }

  @Test
  void unknownTypeAndBadLevelAreErrors() {
    assertThrows(ParseException.class, () -> read("pot.type=double\n"));
    assertThrows(ParseException.class, () -> read("pot.level=3\n"));
    assertThrows(ParseException.class, () -> read("pot.rss.cpus=0\n"));
    assertThrows(ParseException.class, () -> read("pot.rss.memory=1.5G\n"));
    assertThrows(ParseException.class, () -> read("pot.hosts=lonely\n"));
  }

  /** pot.conf as {@code pot create} writes it, for every type/level × network type. */
  @ParameterizedTest
  @CsvSource({
    "single, 0, inherit, '', ''",
    "single, 0, alias, 192.168.1.50, ''",
    "single, 0, public-bridge, 10.192.0.3, ''",
    "single, 0, private-bridge, 10.192.0.18, backend",
    "multi, 0, inherit, '', ''",
    "multi, 1, alias, em0|192.168.1.51, ''",
    "multi, 1, public-bridge, 10.192.0.4, ''",
    "multi, 2, private-bridge, 10.192.0.19, backend"
  })
  void everyTypeAndNetworkAsCreateWritesIt(
      String type, int level, String network, String ip, String bridge) {
    StringBuilder conf = new StringBuilder();
    conf.append("pot.level=").append(level).append("\npot.type=").append(type);
    conf.append("\npot.base=14.1\npot.potbase=\npot.dns=inherit\npot.cmd=sh /etc/rc\n");
    conf.append("host.hostname=\"p.example.org\"\nosrelease=\"14.1-RELEASE\"\n");
    conf.append("pot.attr.persistent=YES\npot.stack=ipv4\nnetwork_type=")
        .append(network)
        .append('\n');
    conf.append("vnet=").append(network.endsWith("bridge")).append('\n');
    if (!ip.isEmpty()) {
      conf.append("ip=").append(ip).append('\n');
    }
    if (!bridge.isEmpty()) {
      conf.append("bridge=").append(bridge).append('\n');
    }
    Pot pot = read(conf.toString());
    assertEquals(PotType.fromPot(type), pot.type());
    assertEquals(level, pot.level());
    assertEquals(NetworkType.fromPot(network), pot.network().type());
    assertEquals(ip.isEmpty() ? Optional.empty() : Optional.of(ip), pot.network().ip());
    assertEquals(bridge.isEmpty() ? Optional.empty() : Optional.of(bridge), pot.network().bridge());
    assertEquals(Optional.of("p.example.org"), pot.hostname());
  }
}
