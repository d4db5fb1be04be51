package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * A host port is exported by at most one pot of a spec per protocol, also when a spec flavour's
 * {@code export-ports} line exports it: validate checks the {@code ports} fields, the plan checks
 * what the flavours add (two redirects of one host port would break both pots).
 */
class FlavourPortsClashPlanTest {

  @TempDir Path tmp;

  private Run plan(String pots) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("spec"));
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        version: 1
        flavours:
          f:
            commands:
              - "export-ports -e 80:8080"
        pots:
        """
            + pots);
    return Potctl.onSim(tmp.resolve("sim")).run("plan", dir.toString());
  }

  @Test
  void aFlavourExportOfAPortAnotherPotExportsIsAPlanError() throws Exception {
    Run r =
        plan(
            """
              a: {base: "14.1", network: {type: public-bridge}, ports: ["80:8080"]}
              b: {base: "14.1", network: {type: public-bridge}, flavours: [f]}
            """);
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err()
            .contains(
                "pots.b.flavours: host port tcp/8080 (an export-ports line of its flavours) is"
                    + " already exported by pot a of this spec"),
        r.err());
  }

  @Test
  void twoPotsOfOneFlavourClashToo() throws Exception {
    Run r =
        plan(
            """
              a: {base: "14.1", network: {type: public-bridge}, flavours: [f]}
              b: {base: "14.1", network: {type: public-bridge}, flavours: [f]}
            """);
    assertEquals(1, r.code(), r.all());
    assertTrue(r.err().contains("pots.b.flavours: host port tcp/8080"), r.err());
  }

  @Test
  void aPotsOwnPortsReplaceItsFlavoursAndAnotherProtocolIsNoClash() throws Exception {
    Run r =
        plan(
            """
              a: {base: "14.1", network: {type: public-bridge}, flavours: [f], ports: ["80:9090"]}
              b: {base: "14.1", network: {type: public-bridge}, flavours: [f]}
              c: {base: "14.1", network: {type: public-bridge}, ports: ["udp:80:8080"]}
            """);
    assertEquals(0, r.code(), r.all());
    assertFalse(r.err().contains("already exported"), r.err());
  }
}
