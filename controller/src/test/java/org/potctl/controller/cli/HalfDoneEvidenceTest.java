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
}
