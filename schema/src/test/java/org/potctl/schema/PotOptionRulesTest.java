package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.model.DnsSpec;
import org.potctl.schema.model.PotSpec;

class PotOptionRulesTest {

  @TempDir Path dir;

  private Fixture pot(String fields) {
    return new Fixture(dir)
        .file("p.yaml", "version: 1\npots:\n  web:\n    base: \"14.1\"\n" + fields + "\n");
  }

  @Test
  void aCommandIsOneLineSoItCannotWriteLinesOfItsOwnIntoPotConf() {
    assertEquals(
        List.of(
            "p.yaml:5:10: error: pots.web.cmd: must be one line without tabs (pot writes it as one"
                + " pot.cmd= line of pot.conf), got \"sh /etc/rc\\u000apot.attr.devfs_ruleset=0\""),
        pot("    cmd: \"sh /etc/rc\\npot.attr.devfs_ruleset=0\"").lines());
    assertEquals(
        List.of(
            "p.yaml:5:10: error: pots.web.cmd: must be one line without tabs (pot writes it as one"
                + " pot.cmd= line of pot.conf), got \"nginx\\u0009-g\""),
        pot("    cmd: \"nginx\\t-g\"").lines());
    assertEquals(List.of(), pot("    cmd: \"/usr/local/bin/app -c 'a b' x=1\"").lines());
  }

  @Test
  void dnsTakesPotsValues() {
    assertEquals(
        List.of(
            "p.yaml:5:10: error: pots.web.dns: must be inherit, pot, off or {custom: FILE}, got"
                + " \"custom\" (custom takes its file: {custom: FILE})"),
        pot("    dns: custom").lines());
    assertEquals(
        List.of(
            "p.yaml:5:10: error: pots.web.dns: must be inherit, pot, off or {custom: FILE}, got"
                + " \"google\""),
        pot("    dns: google").lines());
  }

  @Test
  void customResolvConfStaysInsideTheSpecDirectory() throws Exception {
    Files.writeString(dir.resolve("outside.conf"), "nameserver 1.1.1.1\n");
    Path spec = dir.resolve("spec");
    Files.createDirectories(spec);
    Files.createSymbolicLink(spec.resolve("link.conf"), dir.resolve("outside.conf"));
    Fixture f =
        new Fixture(spec)
            .file(
                "p.yaml",
                "version: 1\npots:\n  a:\n    base: \"14.1\"\n    dns: {custom: ../outside.conf}\n"
                    + "  b:\n    base: \"14.1\"\n    dns: {custom: link.conf}\n"
                    + "  c:\n    base: \"14.1\"\n    dns: {custom: missing.conf}\n");
    List<String> lines = f.lines();
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("p.yaml:5:19: error: pots.a.dns.custom: resolv.conf path"));
    assertEquals(
        "p.yaml:8:19: error: pots.b.dns.custom: resolv.conf link.conf resolves outside the spec"
            + " directory",
        lines.get(1));
    assertTrue(
        lines.get(2).startsWith("p.yaml:11:19: error: pots.c.dns.custom: resolv.conf missing.conf"),
        lines.get(2));
  }

  @Test
  void customResolvConfIsBoundWithItsContent() throws Exception {
    Files.createDirectories(dir.resolve("files"));
    Files.writeString(dir.resolve("files/resolv.conf"), "nameserver 10.0.0.1\n");
    PotSpec web =
        pot("    dns: {custom: files/resolv.conf}\n    cmd: nginx")
            .load()
            .spec()
            .orElseThrow()
            .pots()
            .get("web");
    assertEquals(DnsSpec.Mode.CUSTOM, web.options().dns().mode());
    assertEquals("nameserver 10.0.0.1\n", web.options().dns().file().orElseThrow().content());
    assertEquals(Optional.of("nginx"), web.options().cmd());
  }

  @Test
  void addressListIsForAliasNetworksAndEachItemIsChecked() {
    assertEquals(
        List.of(
            "p.yaml:5:40: error: pots.web.network.ip: a list of addresses is only for alias"
                + " networks; public-bridge takes one ip or auto"),
        pot("    network: {type: public-bridge, ip: [10.192.0.5]}").lines());
    assertEquals(
        List.of(
            "p.yaml:5:49: error: pots.web.network.ip[1]: must be an IPv4 or IPv6 address,"
                + " optionally after nic|, got \"2001:db8:::1\"",
            "p.yaml:5:65: error: pots.web.network.ip[2]: must be ip or nic|ip with a network"
                + " interface such as em0, got \"e m|10.0.0.9\""),
        pot("    network: {type: alias, ip: [\"em0|10.0.0.8\", \"2001:db8:::1\", \"e m|10.0.0.9\"]}")
            .lines());
  }

  @Test
  void stackAgreesWithTheAddresses() {
    assertEquals(
        List.of(
            "p.yaml:5:57: error: pots.web.network.stack: the ipv6 stack needs at least one IPv6"
                + " address in network.ip"),
        pot("    network: {type: alias, ip: [\"em0|10.0.0.8\"], stack: ipv6}").lines());
    assertEquals(
        List.of(
            "p.yaml:5:65: error: pots.web.network.stack: pot does not support private-bridge"
                + " networks on an ipv6-only stack"),
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\nbridges: {b: {size: 4}}\npots:\n  web:\n"
                    + "    network: {type: private-bridge, bridge: b, ip: auto, stack: ipv6}\n"
                    + "    base: \"14.1\"\n")
            .lines());
    assertEquals(
        List.of(),
        pot("    network: {type: alias, ip: [\"em0|10.0.0.8\", \"em0|2001:db8::20\"], stack: dual}")
            .lines());
  }

  @Test
  void listedAddressesAreUniqueAcrossPots() {
    List<String> lines =
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\npots:\n  a:\n    base: \"14.1\"\n"
                    + "    network: {type: alias, ip: 192.168.1.20}\n"
                    + "  b:\n    base: \"14.1\"\n"
                    + "    network: {type: alias, ip: [\"em0|192.168.1.20\", \"2001:db8::1\"]}\n"
                    + "  c:\n    base: \"14.1\"\n"
                    + "    network: {type: alias, ip: [\"2001:db8::1\", \"em1|2001:db8::1\"]}\n")
            .lines();
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).contains("pots.b.network.ip[0]: ip 192.168.1.20 is already used by pot a"),
        lines.get(0));
    assertTrue(
        lines.get(1).contains("pots.c.network.ip[0]: ip 2001:db8::1 is already used by pot b"),
        lines.get(1));
    assertTrue(
        lines.get(2).contains("pots.c.network.ip[1]: ip 2001:db8::1 is already used by pot b"),
        lines.get(2));
  }

  @Test
  void oneIpv6AddressInTwoSpellingsIsOneAddress() {
    Path file = dir.resolve("p.yaml");
    List<String> lines =
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\npots:\n  a:\n    base: \"14.1\"\n"
                    + "    network: {type: alias, ip: [\"2001:db8::1\", \"em0|2001:DB8:0::0:01\"]}\n"
                    + "  b:\n    base: \"14.1\"\n"
                    + "    network: {type: alias, ip: [\"2001:0db8:0:0:0:0:0:1\", \"fe80::1:2\"]}\n"
                    + "  c:\n    base: \"14.1\"\n"
                    + "    network: {type: alias, ip: [\"fe80:0:0:0:0:0:2:1\", \":1::2\"]}\n")
            .lines();
    assertEquals(
        List.of(
            "p.yaml:5:48: error: pots.a.network.ip[1]: ip 2001:DB8:0::0:01 is listed twice ("
                + file
                + ":5:33)",
            "p.yaml:8:33: error: pots.b.network.ip[0]: ip 2001:0db8:0:0:0:0:0:1 is already used by"
                + " pot a ("
                + file
                + ":3:3)",
            "p.yaml:11:55: error: pots.c.network.ip[1]: must be an IPv4 or IPv6 address,"
                + " optionally after nic|, got \":1::2\""),
        lines);
  }

  @Test
  void stackAndCmdAreSchemaChecked() {
    List<String> lines = pot("    network: {stack: ipx}\n    cmd: \"\"").lines();
    assertEquals(2, lines.size(), lines.toString());
  }
}
