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

/**
 * A private bridge must have an address for every pot the spec puts on it: potnet prints nothing
 * for a full bridge and pot creates the pot with no address (network.sh:374), so plan refuses,
 * located at the bridge's size, before any command runs.
 */
class BridgeCapacityPlanTest {

  @TempDir Path tmp;

  private Path spec(String name, int size, int pots) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    StringBuilder b =
        new StringBuilder("version: 1\nbridges:\n  back:\n    size: " + size + "\npots:\n");
    for (int i = 0; i < pots; i++) {
      b.append("  p")
          .append(i)
          .append(":\n    base: \"14.1\"\n    network: {type: private-bridge, bridge: back}\n");
    }
    Files.writeString(dir.resolve("p.yaml"), b.toString());
    return dir;
  }

  @Test
  void aNewBridgeTooSmallForItsPotsIsALocatedPlanError() throws Exception {
    Path dir = spec("small", 2, 2);
    Path sim = tmp.resolve("sim");
    Run r = Potctl.bare("apply", "--yes", "--host", "sim:" + sim, dir.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.all()
            .contains(
                dir
                    + "/p.yaml:4:11: error: bridges.back.size: bridge back of size 2 gets a /30"
                    + " from potnet: 1 pot address(es) beside the gateway, but the spec puts 2"
                    + " pots on it; pot would create the others with no address (size 3 holds"
                    + " them)"),
        r.all());
    assertEquals(List.of(), StaticIpsPlanTest.mutating(sim));
    Run fits = Potctl.bare("apply", "--yes", "--host", "sim:" + sim, spec("fits", 3, 2).toString());
    assertEquals(0, fits.code(), fits.all());
  }

  @Test
  void anExistingBridgeHoldsWhatItsSubnetHolds() throws Exception {
    Path sim = tmp.resolve("sim");
    Run made = Potctl.bare("apply", "--yes", "--host", "sim:" + sim, spec("grow", 2, 1).toString());
    assertEquals(0, made.code(), made.all());
    Path grown = spec("grow", 6, 2); // pot cannot resize the existing bridge
    Run r = Potctl.bare("plan", "--host", "sim:" + sim, grown.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(r.all().contains("error: bridges.back.size: bridge back (10.192.0."), r.all());
    assertTrue(r.all().contains("/30) has room for 1 pot(s), but the spec puts 2 pots"), r.all());
  }
}
