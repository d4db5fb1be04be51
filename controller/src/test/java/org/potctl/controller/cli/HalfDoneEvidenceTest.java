package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import org.potctl.state.sim.SimHalt;

/**
 * An unstamped dataset counts as potctl's own only with journal evidence from an apply of the same
 * spec id: without the journal, or for another spec id, it stays untouched (a plan error).
 */
class HalfDoneEvidenceTest {

  @TempDir Path dir;

  @Test
  void withoutEvidenceAnUnstampedHalfCreatedPotIsNeverTouched() throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", KillFreshApplyTest.POTS));
    Path sim = dir.resolve("sim");
    String host = "sim:" + sim;
    int status =
        CrashRig.child(
            dir.resolve("child.log"),
            host + "?halt=4:mid",
            "apply",
            spec.toString(),
            "--yes",
            "--parallelism",
            "1");
    assertEquals(SimHalt.STATUS, status);

    Run repair = CrashRig.potctl(host, "plan", spec.toString());
    assertEquals(0, repair.code(), repair.err());
    assertTrue(repair.out().contains("-/+ pot.db  replace"), repair.out());
    assertTrue(repair.out().contains(": pot create never finished"), repair.out());

    List<String> other = List.of("--host", host, "--spec-id", "other", "plan", spec.toString());
    Run foreign = CrashRig.potctlRaw(other.toArray(String[]::new));
    assertEquals(1, foreign.code(), foreign.out());
    assertTrue(
        foreign.err().contains("zroot/pot/jails/db exists but carries no potctl:owner stamp"),
        foreign.err());

    try (Stream<Path> files = Files.walk(sim.resolve("state/journal"))) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Run noJournal = CrashRig.potctl(host, "plan", spec.toString());
    assertEquals(1, noJournal.code(), noJournal.out());
    assertTrue(
        noJournal.err().contains("zroot/pot/jails/db exists but carries no potctl:owner stamp"),
        noJournal.err());
  }

  /**
   * A pot half-created by a killed apply and then dropped from the spec is still that spec's (the
   * journal says so): planned as an extra into the trash, not "in sync"; another spec's status
   * lists it as unmanaged.
   */
  @Test
  void aHalfCreatedPotTheSpecDropsIsAnExtraMovedToTheTrash() throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", KillFreshApplyTest.POTS));
    Path sim = dir.resolve("sim");
    String host = "sim:" + sim;
    int status =
        CrashRig.child(
            dir.resolve("child.log"),
            host + "?halt=4:mid",
            "apply",
            spec.toString(),
            "--yes",
            "--parallelism",
            "1");
    assertEquals(SimHalt.STATUS, status);
    String pots = KillFreshApplyTest.POTS;
    Files.writeString(spec.resolve("pots.yaml"), pots.substring(0, pots.indexOf("pots:")));

    Run plan = CrashRig.potctl(host, "plan", spec.toString());
    assertEquals(0, plan.code(), plan.out() + plan.err());
    assertTrue(plan.out().contains("- pot.db  delete"), plan.out());
    assertTrue(
        plan.out()
            .contains(
                ": pot create never finished; the spec no longer declares it: moved to the"
                    + " trash"),
        plan.out());
    Run state = CrashRig.potctl(host, "status", spec.toString());
    assertTrue(state.out().contains("pot.db") && state.out().contains("extra"), state.out());
    assertTrue(!state.out().contains("Unmanaged on the host"), state.out());

    Path other = CrashRig.spec(dir.resolve("other"), Map.of("p.yaml", "version: 1\n"));
    Run foreign = CrashRig.potctl(host, "status", other.toString());
    assertTrue(
        foreign
            .out()
            .contains(
                "Unmanaged on the host (no spec owns them; potctl leaves them alone): pot.db"),
        foreign.out());

    Run apply = CrashRig.potctl(host, "apply", "--yes", "--allow-data-loss", spec.toString());
    assertEquals(0, apply.code(), apply.out() + apply.err());
    Run after = CrashRig.potctl(host, "plan", spec.toString());
    assertEquals(0, after.code(), after.out() + after.err());
    assertTrue(!Files.exists(sim.resolve("fsroot/jails/db")), "moved to the trash");
  }
}
