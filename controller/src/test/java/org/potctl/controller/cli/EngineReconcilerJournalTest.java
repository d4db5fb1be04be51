package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import org.potctl.controller.watch.ReconcileOutcome;
import org.potctl.controller.watch.ReconcileResult;
import org.potctl.state.sim.SimHalt;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalReader;

/** The watcher's applies write the host's journal, and it repairs what a killed apply left. */
class EngineReconcilerJournalTest {

  @TempDir Path dir;

  private ReconcileOutcome reconcile(Path sim, Path spec) {
    return new EngineReconciler(
            Optional.of("sim:" + sim), List.of(), false, OptionalInt.empty(), () -> false)
        .reconcile(spec, CrashRig.SPEC_ID, false);
  }

  @Test
  void aWatchApplyIsJournaledWithItsSpecIdAndEveryStep() throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", KillFreshApplyTest.POTS));
    Path sim = dir.resolve("sim");
    ReconcileOutcome outcome = reconcile(sim, spec);
    assertEquals(ReconcileResult.OK, outcome.result(), outcome.message());
    ApplyJournal j = new JournalReader(sim.resolve("state")).last().orElseThrow();
    assertEquals(Optional.of(CrashRig.SPEC_ID), j.specId());
    assertEquals(Optional.of("succeeded"), j.outcome());
    assertEquals(20, j.startedSteps().size());
    assertTrue(j.unfinishedSteps().isEmpty());
    assertTrue(
        j.records().get(0).message().orElseThrow().startsWith("potctl watch "),
        j.records().get(0).toString());
    assertEquals(1, new JournalReader(sim.resolve("state")).applyIds().size());
    assertEquals(ReconcileResult.OK, reconcile(sim, spec).result());
    assertEquals(
        1,
        new JournalReader(sim.resolve("state")).applyIds().size(),
        "a reconcile with nothing to do writes no journal");
  }

  @Test
  void theWatcherRepairsWhatAKilledApplyLeft() throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", KillFreshApplyTest.POTS));
    Path sim = dir.resolve("sim");
    int status =
        CrashRig.child(
            dir.resolve("child.log"),
            "sim:" + sim + "?halt=12:mid",
            "apply",
            spec.toString(),
            "--yes",
            "--parallelism",
            "1");
    assertEquals(SimHalt.STATUS, status);
    ReconcileOutcome outcome = reconcile(sim, spec);
    assertEquals(ReconcileResult.OK, outcome.result(), outcome.message());
    assertTrue(outcome.drift().contains("pot.web"), outcome.drift().toString());
    Run plan = CrashRig.potctl("sim:" + sim, "plan", spec.toString(), "--detailed-exitcode");
    assertEquals(0, plan.code(), plan.out() + plan.err());
  }
}
