package org.potctl.state.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.state.exec.RecordingRunner;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.HostInterfaces;
import org.potctl.state.model.InterfaceAddress;

class IfconfigOutputTest {

  /** {@code ifconfig -a} of a FreeBSD 14.1 pot host: two running alias pots, one vnet pot. */
  static final String FREEBSD =
      """
      em0: flags=1008843<UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST,LOWER_UP> metric 0 mtu 1500
      \toptions=4e504bb<RXCSUM,TXCSUM,VLAN_MTU,VLAN_HWTAGGING,JUMBO_MTU,VLAN_HWCSUM,LRO,VLAN_HWFILTER,VLAN_HWTSO,RXCSUM_IPV6,TXCSUM_IPV6,HWSTATS,MEXTPG>
      \tether 52:54:00:12:34:56
      \tinet 192.0.2.10 netmask 0xffffff00 broadcast 192.0.2.255
      \tinet 192.0.2.20 netmask 0xffffffff broadcast 192.0.2.20
      \tinet6 fe80::5054:ff:fe12:3456%em0 prefixlen 64 scopeid 0x1
      \tinet6 2001:db8::10 prefixlen 64
      \tinet6 2001:db8::20 prefixlen 128
      \tmedia: Ethernet autoselect (1000baseT <full-duplex>)
      \tstatus: active
      \tnd6 options=21<PERFORMNUD,AUTO_LINKLOCAL>
      lo0: flags=1008049<UP,LOOPBACK,RUNNING,MULTICAST,LOWER_UP> metric 0 mtu 16384
      \toptions=680003<RXCSUM,TXCSUM,LINKSTATE,RXCSUM_IPV6,TXCSUM_IPV6>
      \tinet 127.0.0.1 netmask 0xff000000
      \tinet 127.0.0.2 netmask 0xffffffff
      \tinet6 ::1 prefixlen 128
      \tinet6 fe80::1%lo0 prefixlen 64 scopeid 0x2
      \tgroups: lo
      \tnd6 options=21<PERFORMNUD,AUTO_LINKLOCAL>
      bridge0: flags=1008843<UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST,LOWER_UP> metric 0 mtu 1500
      \tdescription: pot public bridge
      \tether 58:9c:fc:10:ff:c6
      \tinet 10.192.0.1 netmask 0xffc00000 broadcast 10.255.255.255
      \tid 00:00:00:00:00:00 priority 32768 hellotime 2 fwddelay 15
      \tmaxage 20 holdcnt 6 proto rstp maxaddr 2000 timeout 1200
      \troot id 00:00:00:00:00:00 priority 32768 ifcost 0 port 0
      \tmember: p4665f1a2b3c4 flags=143<LEARNING,DISCOVER,AUTOEDGE,AUTOPTP>
      \t        ifmaxaddr 0 port 5 priority 128 path cost 2000
      \tgroups: bridge pot
      \tnd6 options=9<PERFORMNUD,IFDISABLED>
      p4665f1a2b3c4: flags=8963<UP,BROADCAST,RUNNING,PROMISC,SIMPLEX,MULTICAST> metric 0 mtu 1500
      \tdescription: web
      \toptions=8<VLAN_MTU>
      \tether 02:5a:c4:2c:3b:0a
      \tgroups: epair pot
      \tmedia: Ethernet 10Gbase-T (10Gbase-T <full-duplex>)
      \tstatus: active
      \tnd6 options=29<PERFORMNUD,IFDISABLED,AUTO_LINKLOCAL>
      em0.100: flags=1008843<UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST,LOWER_UP> metric 0 mtu 1500
      \tether 52:54:00:12:34:56
      \tinet 198.51.100.1/24 broadcast 198.51.100.255
      \tgroups: vlan
      \tvlan: 100 vlanproto: 802.1q vlanpcp: 0 parent interface: em0
      tun0: flags=1008051<UP,POINTOPOINT,RUNNING,MULTICAST,LOWER_UP> metric 0 mtu 1500
      \toptions=80000<LINKSTATE>
      \tinet 10.8.0.1 --> 10.8.0.2 netmask 0xffffffff
      \tgroups: tun
      \tOpened by PID 1234
      """;

  private static HostInterfaces parse(String out) {
    return IfconfigOutput.parse("ifconfig -a", out);
  }

  @Test
  void everyInetAndInet6LineIsAnAddressOfItsInterface() {
    List<String> got =
        parse(FREEBSD).addresses().stream()
            .map(a -> a.iface() + " " + a.address() + (a.linkLocal() ? " link-local" : ""))
            .toList();
    assertEquals(
        List.of(
            "em0 192.0.2.10",
            "em0 192.0.2.20",
            "em0 fe80:0:0:0:5054:ff:fe12:3456 link-local",
            "em0 2001:db8:0:0:0:0:0:10",
            "em0 2001:db8:0:0:0:0:0:20",
            "lo0 127.0.0.1",
            "lo0 127.0.0.2",
            "lo0 0:0:0:0:0:0:0:1",
            "lo0 fe80:0:0:0:0:0:0:1 link-local",
            "bridge0 10.192.0.1",
            "em0.100 198.51.100.1",
            "tun0 10.8.0.1"),
        got);
  }

  @Test
  void everyInterfaceIsListedThoseWithoutAnAddressToo() {
    HostInterfaces host = parse(FREEBSD);
    assertEquals(
        List.of("em0", "lo0", "bridge0", "p4665f1a2b3c4", "em0.100", "tun0"), host.names());
    assertTrue(host.has("p4665f1a2b3c4") && host.has("em0.100"));
    assertTrue(!host.has("em1") && !host.has("em0.1") && !host.has(""));
  }

  @Test
  void theLineIsKeptForMessages() {
    InterfaceAddress a = parse(FREEBSD).addresses().get(0);
    assertEquals("inet 192.0.2.10 netmask 0xffffff00 broadcast 192.0.2.255", a.line());
    assertTrue(!a.ipv6() && !a.linkLocal());
  }

  @Test
  void anAddressIsFoundWhateverItsSpelling() {
    HostInterfaces host = parse(FREEBSD);
    assertEquals("em0", host.holding("192.0.2.10", "em0").get(0).iface());
    assertEquals("lo0", host.holding("127.0.0.1", "em0").get(0).iface());
    assertEquals("em0", host.holding("2001:DB8:0::10", "em0").get(0).iface());
    assertEquals("lo0", host.holding("0:0::1", "em0").get(0).iface());
    assertEquals("bridge0", host.holding("10.192.0.1", "em0").get(0).iface());
    assertEquals(List.of(), host.holding("192.0.2.11", "em0"));
    assertEquals(List.of(), host.holding("10.8.0.2", "em0"), "the far end of tun0");
  }

  @Test
  void aLinkLocalAddressIsTheSameOnlyOnItsOwnInterface() {
    HostInterfaces host = parse(FREEBSD);
    assertEquals(List.of(), host.holding("fe80::1", "em0"));
    assertEquals("lo0", host.holding("fe80::1", "lo0").get(0).iface());
    assertEquals("em0", host.holding("fe80::5054:ff:fe12:3456", "em0").get(0).iface());
  }

  @Test
  void noInterfacesNoAddresses() {
    assertEquals(List.of(), parse("").addresses());
    assertEquals(
        List.of(),
        parse("epair0a: flags=8863<UP,BROADCAST> metric 0 mtu 1500\n\tgroups: epair\n")
            .addresses());
  }

  @Test
  void malformedAddressesNameTheLine() {
    ParseException e =
        assertThrows(
            ParseException.class, () -> parse("em0: flags=8843<UP> mtu 1500\n\tinet 300.1.1.1\n"));
    assertEquals("ifconfig -a:2: '300.1.1.1' is no IPv4 address: 'inet 300.1.1.1'", e.getMessage());
    e =
        assertThrows(
            ParseException.class, () -> parse("em0: flags=8843<UP> mtu 1500\n\tinet6 10.0.0.1\n"));
    assertEquals(2, e.line());
    e = assertThrows(ParseException.class, () -> parse("\tinet 10.0.0.1 netmask 0xff000000\n"));
    assertEquals(
        "ifconfig -a:1: an address before any interface: '\tinet 10.0.0.1 netmask 0xff000000'",
        e.getMessage());
  }

  @Test
  void aFailingIfconfigIsAnError() {
    RecordingRunner runner =
        new RecordingRunner(argv -> RecordingRunner.failed(1, "ifconfig: not found"));
    assertThrows(org.potctl.state.StateException.class, () -> IfconfigOutput.observe(runner));
  }

  @Test
  void observingRunsIfconfigDashAOnce() {
    RecordingRunner runner =
        new RecordingRunner(
            argv ->
                argv.equals(List.of("ifconfig", "-a"))
                    ? RecordingRunner.ok(FREEBSD)
                    : RecordingRunner.failed(1, "unexpected " + argv));
    HostInterfaces host = IfconfigOutput.observe(runner);
    assertEquals(12, host.addresses().size());
    assertEquals(List.of("ifconfig -a"), runner.lines());
  }
}
