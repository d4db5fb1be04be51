package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * A create whose flavour fails (a copy-in of a missing host file): pot's undo stops the
 * never-started pot before its destroy and leaves it (create.sh:47-60, docs/real-pot.md), so the
 * next plan must not take that pot for done (only the create runs flavours): it is replaced, and
 * converges once the flavour is fixed.
 */
class FailedCreatePlanTest {

  @TempDir Path tmp;

  /** A multi pot with flavour {@code f} of one command line. */
  private static String spec(String line) {
    return "version: 1\nfscomps:\n  data: {}\nflavours:\n  f:\n    commands:\n      - \""
        + line
        + "\"\npots:\n  w:\n    base: \"14.1\"\n    type: multi\n    flavours: [f]\n";
  }

  @Test
  void aPotLeftByAFailedFlavourIsReplacedNotAdopted() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("spec"));
    Path file = dir.resolve("p.yaml");
    // the host file is missing (the simulator's host tree is DIR/hostfs): copy-in returns 1
    Files.writeString(file, spec("copy-in -s /srv/app.conf -d /etc/app.conf"));
    String host = "sim:" + tmp.resolve("sim");
    Run failed = Potctl.bare("apply", "--yes", "--host", host, dir.toString());
    assertNotEquals(0, failed.code(), failed.all());
    assertTrue(Files.isDirectory(tmp.resolve("sim/fsroot/jails/w/conf")), "pot's undo left it");
    Files.writeString(file, spec("set-attribute -A no-rc-script -V YES"));
    Run plan = Potctl.bare("plan", "--host", host, dir.toString());
    assertTrue(plan.all().contains("-/+ pot.w"), plan.all());
    assertTrue(
        plan.all().contains("pot create never finished, so its flavours (f) may not have run"),
        plan.all());
    Run fixed = Potctl.bare("apply", "--yes", "--host", host, dir.toString());
    assertEquals(0, fixed.code(), fixed.all());
    assertTrue(
        Files.readString(tmp.resolve("sim/fsroot/jails/w/conf/pot.conf"))
            .contains("pot.attr.no-rc-script=YES"));
    Run again = Potctl.bare("plan", "--detailed-exitcode", "--host", host, dir.toString());
    assertEquals(0, again.code(), again.all());
  }
}
