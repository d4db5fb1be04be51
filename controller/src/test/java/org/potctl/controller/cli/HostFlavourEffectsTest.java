package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * A pot naming a host flavour (one in pot's flavour directory, not in the spec) gets what that
 * flavour's lines do at {@code pot create}: its {@code mount-in}, {@code export-ports} and {@code
 * set-env} lines count as what the pot should have, as a spec flavour's do. Before, the next plan
 * replaced the pot ("mount … must go") and warned about its ports at every plan, and its host port
 * was not seen by the cross-spec check.
 */
class HostFlavourEffectsTest {

  private static final String POT =
      "version: 1\npots:\n  app:\n    base: \"14.1\"\n    network:\n"
          + "      type: public-bridge\n    flavours: [site]\n";

  @TempDir Path dir;
  private Potctl sim;

  @BeforeEach
  void hostFlavour() throws IOException {
    sim = Potctl.onSim(dir.resolve("sim"));
    Path flavours = Files.createDirectories(dir.resolve("sim/etc/pot/flavours"));
    Files.writeString(
        flavours.resolve("site"),
        "export-ports -e 80:8080\nset-env -E MODE=prod\n"
            + "mount-in -d /srv -m /usr/local/www -r\n");
    Files.createDirectories(dir.resolve("sim/hostfs/srv"));
    sim.raw("pot", "create-base", "-r", "14.1");
  }

  private Path spec(String name, String potfile) throws IOException {
    Path spec = Files.createDirectories(dir.resolve(name));
    Files.writeString(spec.resolve("potfile.yaml"), potfile);
    return spec.toRealPath();
  }

  @Test
  void aPotMadeWithAHostFlavourConvergesAtTheNextPlan() throws IOException {
    Path app = spec("app", POT);
    Run applied = sim.run("apply", "--yes", app.toString());
    assertEquals(0, applied.code(), applied.all());
    String conf = Files.readString(dir.resolve("sim/fsroot/jails/app/conf/pot.conf"));
    assertTrue(conf.contains("pot.export.ports=80:8080"), "the flavour ran: " + conf);
    Run plan = sim.run("plan", app.toString());
    assertEquals(0, plan.code(), "converged, nothing replaced: " + plan.all());
    assertTrue(plan.all().contains("No changes"), plan.all());
  }

  @Test
  void aHostFlavoursPortIsSeenByAnotherSpec() throws IOException {
    Path app = spec("app", POT);
    assertEquals(0, sim.run("apply", "--yes", app.toString()).code());
    Path web =
        spec(
            "web",
            "version: 1\npots:\n  other:\n    base: \"14.1\"\n    network:\n"
                + "      type: public-bridge\n    flavours: [site]\n");
    Run r = sim.run("plan", web.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err()
            .contains(
                "pots.other.flavours: host port tcp/8080 (an export-ports line of its flavours)"
                    + " is already exported by pot app of spec 'app' ("
                    + app
                    + ")"),
        r.err());
  }
}
