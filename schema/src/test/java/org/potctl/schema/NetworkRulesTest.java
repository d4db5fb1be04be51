package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkRulesTest {

  @TempDir Path dir;

  private List<String> pot(String network) {
    return new Fixture(dir)
        .file(
            "p.yaml",
            "version: 1\nbridges: {backend: {size: 4}}\npots:\n  web:\n    base: \"14.1\"\n    network: "
                + network
                + "\n")
        .lines();
  }

  @Test
  void privateBridgeNeedsABridge() {
    assertEquals(
        List.of("p.yaml:6:14: error: pots.web.network: a private-bridge network needs a bridge"),
        pot("{type: private-bridge}"));
  }

  @Test
  void bridgeIsForbiddenForOtherTypes() {
    assertEquals(
        List.of(
            "p.yaml:6:44: error: pots.web.network.bridge: bridge is only allowed with network type private-bridge"),
        pot("{type: public-bridge, bridge: backend}"));
  }

  @Test
  void ipMustBeIpv4OrAuto() {
    assertEquals(
        List.of(
            "p.yaml:6:40: error: pots.web.network.ip: ip must be an IPv4 address such as 10.192.0.10 or auto, got \"10.0.0.256\""),
        pot("{type: public-bridge, ip: 10.0.0.256}"));
  }

  @Test
  void aliasNeedsAStaticIp() {
    assertEquals(
        List.of("p.yaml:6:14: error: pots.web.network: an alias network needs a static ip"),
        pot("{type: alias}"));
  }

  @Test
  void inheritTakesNoIp() {
    assertEquals(
        List.of(
            "p.yaml:6:34: error: pots.web.network.ip: an inherit network shares the host's addresses; remove ip"),
        pot("{type: inherit, ip: 10.1.2.3}"));
  }

  @Test
  void staticIpIsUniqueAcrossPots() {
    String spec =
        """
        version: 1
        pots:
          a: {base: "14.1", network: {type: public-bridge, ip: 10.192.0.9}}
          b: {base: "14.1", network: {type: public-bridge, ip: 10.192.0.9}}
        """;
    assertEquals(
        List.of(
            "p.yaml:4:56: error: pots.b.network.ip: ip 10.192.0.9 is already used by pot a ("
                + dir.resolve("p.yaml")
                + ":3:56)"),
        new Fixture(dir).file("p.yaml", spec).lines());
  }
}
