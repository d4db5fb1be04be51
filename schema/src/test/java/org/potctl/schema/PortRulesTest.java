package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortRulesTest {

  @TempDir Path dir;

  private List<String> ports(String ports) {
    return new Fixture(dir)
        .file(
            "p.yaml",
            "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n    ports: "
                + ports
                + "\n")
        .lines();
  }

  @Test
  void portTextMustFollowPotSyntax() {
    assertEquals(
        List.of(
            "p.yaml:6:13: error: pots.web.ports[0]: must look like [tcp:|udp:]POT_PORT[:HOST_PORT], e.g. 80:30080, got \"http\""),
        ports("[http]"));
  }

  @Test
  void portsMustBeInRange() {
    assertEquals(
        List.of(
            "p.yaml:6:13: error: pots.web.ports[0]: ports must be between 1 and 65535, got \"80:70000\"",
            "p.yaml:6:25: error: pots.web.ports[1]: ports must be between 1 and 65535, got number 0"),
        ports("[\"80:70000\", 0]"));
  }

  @Test
  void hostPortIsExportedByOnePotPerProtocol() {
    String spec =
        """
        version: 1
        pots:
          api:
            base: "14.1"
            network: {type: public-bridge}
            ports: ["8080:30080"]
          web:
            base: "14.1"
            network: {type: public-bridge}
            ports: ["udp:53:30080", {pot: 80, host: 30080}]
        """;
    assertEquals(
        List.of(
            "p.yaml:10:29: error: pots.web.ports[1]: host port 30080 is already exported by pot api ("
                + dir.resolve("p.yaml")
                + ":6:13)"),
        new Fixture(dir).file("p.yaml", spec).lines());
  }

  @Test
  void portsOnAnInheritPotGetAWarningOnly() {
    Fixture f =
        new Fixture(dir)
            .file("p.yaml", "version: 1\npots:\n  web:\n    base: \"14.1\"\n    ports: [80]\n");
    LoadResult result = f.load();
    assertEquals(
        List.of(
            "p.yaml:5:12: warning: pots.web.ports: pot ignores exported ports on inherit networks; use public-bridge or private-bridge"),
        f.lines(result));
    assertEquals(true, result.isValid());
  }
}
