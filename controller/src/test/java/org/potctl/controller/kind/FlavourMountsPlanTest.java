package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * The mounts a spec flavour's {@code mount-in} lines make are part of the pot: after the create the
 * plan is empty, where before it planned a replace (a mount "must go") at every run.
 */
class FlavourMountsPlanTest {

  @TempDir Path tmp;

  @Test
  void aFlavoursMountsAreWantedNotDrift() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("spec"));
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        version: 1
        fscomps:
          data: {}
          logs: {}
        flavours:
          f:
            commands:
              - "mount-in -f data -m /var/db/data"
              - "mount-in -f logs -m /mnt -r"
        pots:
          m: {base: "14.1", type: multi, flavours: [f]}
          s:
            base: "14.1"
            flavours: [f]
            mounts:
              - {fscomp: logs, at: /srv/logs}
        """);
    String host = "sim:" + tmp.resolve("sim");
    Run made = Potctl.bare("apply", "--yes", "--host", host, dir.toString());
    assertEquals(0, made.code(), made.all());
    String conf = Files.readString(tmp.resolve("sim/fsroot/jails/m/conf/fscomp.conf"));
    assertTrue(conf.contains("/opt/custom/var/db/data"), conf);
    Run again = Potctl.bare("plan", "--detailed-exitcode", "--host", host, dir.toString());
    assertEquals(0, again.code(), again.all());
  }
}
