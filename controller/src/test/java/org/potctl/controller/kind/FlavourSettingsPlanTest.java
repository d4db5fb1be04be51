package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * The ports, env, limits and dependencies a spec flavour's lines set are part of the pot: after the
 * create the plan is empty and says nothing, where before every plan warned that pot cannot remove
 * the flavour's exported port, environment and limit. A spec value still wins over the flavour's,
 * and a change made on the host behind potctl's back is drift the plan puts back.
 */
class FlavourSettingsPlanTest {

  @TempDir Path tmp;

  private Path spec(String pots) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("spec"));
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        version: 1
        flavours:
          f:
            commands:
              - "export-ports -e 8080:30080"
              - "set-env -E MODE=flavour"
              - "set-rss -C 1"
              - "set-rss -M 256M"
              - "add-dep -P db"
        pots:
          db: {base: "14.1", network: {type: public-bridge}}
        """
            + pots);
    return dir;
  }

  @Test
  void aFlavoursSettingsAreWantedNotDrift() throws Exception {
    Path dir =
        spec(
            """
              web:
                base: "14.1"
                network: {type: public-bridge}
                flavours: [f]
                resources: {cpus: 2}
            """);
    String host = "sim:" + tmp.resolve("sim");
    Run made = Potctl.bare("apply", "--yes", "--host", host, dir.toString());
    assertEquals(0, made.code(), made.all());
    String conf = Files.readString(tmp.resolve("sim/fsroot/jails/web/conf/pot.conf"));
    assertTrue(conf.contains("pot.export.ports=8080:30080"), conf);
    assertTrue(conf.contains("pot.env=\"MODE=flavour\""), conf);
    assertTrue(conf.contains("pot.rss.cpus=2"), conf); // the spec's limit, set after the flavour
    assertTrue(conf.contains("pot.rss.memory=256M"), conf);
    Run again = Potctl.bare("plan", "--detailed-exitcode", "--host", host, dir.toString());
    assertEquals(0, again.code(), again.all());
    assertFalse(again.all().contains("warning"), again.all());
    new SimulatedHost(SimOptions.of(tmp.resolve("sim")))
        .run(Command.of(List.of("pot", "set-env", "-p", "web", "-E", "MODE=other")));
    Run drift = Potctl.bare("plan", "--detailed-exitcode", "--host", host, dir.toString());
    assertEquals(2, drift.code(), drift.all());
    assertTrue(drift.all().contains("MODE=flavour"), drift.all());
  }
}
