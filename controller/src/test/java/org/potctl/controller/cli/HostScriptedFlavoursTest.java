package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Of a pot's flavours at most one may have a script, host flavours (pot's flavour directory)
 * counted: {@code pot create} starts the pot for each scripted flavour, writing the jail's {@code
 * /etc/hosts} through whatever link the script before left. Validation sees only the spec's
 * flavours; the plan sees the host's, and refuses the second scripted one at its list entry.
 */
class HostScriptedFlavoursTest {

  @TempDir Path dir;
  private Potctl sim;

  @BeforeEach
  void hostFlavours() throws IOException {
    sim = Potctl.onSim(dir.resolve("sim"));
    Path flavours = Files.createDirectories(dir.resolve("sim/etc/pot/flavours"));
    Files.writeString(flavours.resolve("hosted.sh"), "#!/bin/sh\necho host\n");
    Files.writeString(flavours.resolve("hosted2.sh"), "#!/bin/sh\necho host2\n");
    Files.writeString(flavours.resolve("lines"), "set-env -E MODE=prod\n");
    Files.writeString(flavours.resolve("mounter"), "set-env -E A=1\nmount-in -d /srv -m /mnt/x\n");
    sim.raw("pot", "create-base", "-r", "14.1");
  }

  private Path spec(String flavours) throws IOException {
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("plant.sh"), "#!/bin/sh\nln -s /etc/rc.conf /etc/hosts\n");
    Files.writeString(
        spec.resolve("potfile.yaml"),
        "version: 1\nflavours:\n  plant:\n    script: plant.sh\npots:\n  app:\n"
            + "    base: \"14.1\"\n    network:\n      type: public-bridge\n"
            + "    flavours: "
            + flavours
            + "\n");
    return spec.toRealPath();
  }

  private void refused(String flavours, String entry, String second, String first)
      throws IOException {
    Path spec = spec(flavours);
    assertEquals(0, sim.run("validate", spec.toString()).code(), "validation cannot tell");
    Run plan = sim.run("plan", spec.toString());
    assertEquals(1, plan.code(), plan.all());
    assertTrue(
        plan.err()
            .contains(
                spec.resolve("potfile.yaml")
                    + ":10:"
                    + entry
                    + ": error: pots.app.flavours["
                    + "1"
                    + "]: flavour "
                    + second),
        plan.err());
    assertTrue(plan.err().contains("has a script, and so has " + first), plan.err());
    Run apply = sim.run("apply", "--yes", spec.toString());
    assertEquals(1, apply.code(), apply.all());
    assertFalse(Files.exists(dir.resolve("sim/fsroot/jails/app")), "nothing created");
  }

  @Test
  void aHostFlavourWithAScriptAfterASpecFlavourWithOneIsRefusedAtItsEntry() throws IOException {
    refused("[plant, hosted]", "23", "hosted", "plant");
  }

  @Test
  void aSpecFlavourWithAScriptAfterAHostFlavourWithOneIsRefusedAtItsEntry() throws IOException {
    refused("[hosted, plant]", "24", "plant", "hosted");
  }

  @Test
  void twoHostFlavoursWithScriptsAreRefused() throws IOException {
    refused("[hosted, hosted2]", "24", "hosted2", "hosted");
  }

  @Test
  void oneScriptAmongHostFlavoursWithoutOneHolds() throws IOException {
    Path spec = spec("[lines, plant]");
    Run plan = sim.run("plan", spec.toString());
    assertEquals(0, plan.code(), plan.all());
  }

  /** A host flavour's mount-in after the script goes through the links the script left. */
  @Test
  void aHostFlavoursMountInAfterASpecFlavoursScriptIsRefusedAtItsEntry() throws IOException {
    Path spec = spec("[plant, mounter]");
    Run plan = sim.run("plan", spec.toString());
    assertEquals(1, plan.code(), plan.all());
    assertTrue(
        plan.err()
            .contains(
                spec.resolve("potfile.yaml")
                    + ":10:23: error: pots.app.flavours[1]: flavour mounter (a host flavour, "),
        plan.err());
    assertTrue(
        plan.err().contains("runs \"mount-in -d /srv -m /mnt/x\" after the script of plant"),
        plan.err());
  }

  @Test
  void aHostFlavoursMountInBeforeTheScriptHolds() throws IOException {
    Path spec = spec("[mounter, plant]");
    Run plan = sim.run("plan", spec.toString());
    assertEquals(0, plan.code(), plan.all());
  }
}
