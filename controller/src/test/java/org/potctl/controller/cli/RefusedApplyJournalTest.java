package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.potctl.controller.testkit.RunAssert.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.HostAssert;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.watch.ReconcileOutcome;
import org.potctl.controller.watch.ReconcileResult;
import org.potctl.state.statedir.HostLock;

/**
 * A refused apply never leaves {@code apply_started} without its {@code apply_finished} (issue 13
 * item 2): the signature of a killed apply. A refusal for what the host holds (a stale saved plan,
 * another apply's lock, the spec id of another origin) is on record as a journal of one {@code
 * apply_refused} line, for applies and host changes alike; a refusal by the operator's own flags or
 * answer writes none. The same refusal again (a watcher refused cycle after cycle by one lock
 * holder) is counted in the journal of the last one, not written anew.
 */
class RefusedApplyJournalTest {

  private static final String POTS =
      "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";

  @TempDir Path sim;

  @TempDir Path work;

  private Potctl host;
  private Path spec;

  @BeforeEach
  void appliedOnce() throws IOException {
    spec = Files.createDirectories(work.resolve("app"));
    Files.writeString(spec.resolve("pots.yaml"), POTS);
    host = Potctl.onSim(sim);
    assertThat(host.run("apply", spec.toString(), "--yes")).exits(0);
    HostAssert.assertThat(host).hasJournals(1).journalsAreComplete();
  }

  private void refusedWithoutJournal(String... args) {
    int mark = host.mark();
    assertThat(host.run(args)).exits(3).errContains("Nothing was changed.");
    HostAssert.assertThat(host).since(mark).ranNothing().hasJournals(1).journalsAreComplete();
  }

  private void refusedOnRecord(int journals, String reason, String... args) {
    int mark = host.mark();
    assertThat(host.run(args)).exits(3).errContains("Nothing was changed.");
    HostAssert.assertThat(host)
        .since(mark)
        .ranNothing()
        .hasJournals(journals)
        .journalsAreComplete()
        .lastJournalIsARefusal(reason);
  }

  @Test
  void aStaleSavedPlanIsRefusedOnRecord() throws IOException {
    Files.writeString(spec.resolve("pots.yaml"), POTS.replace("web:", "api:"));
    Path plan = work.resolve("plan.json");
    assertThat(host.run("plan", spec.toString(), "--out", plan.toString())).exits(0);
    host.raw("pot", "stop", "-p", "web");
    refusedOnRecord(
        2,
        "the saved plan no longer matches",
        "apply",
        plan.toString(),
        "--yes",
        "--allow-data-loss");
    assertThat(host.run("apply", spec.toString(), "--yes", "--allow-data-loss")).exits(0);
    HostAssert.assertThat(host).hasJournals(3).journalsAreComplete();
  }

  @Test
  void aSpecIdOfAnotherOriginIsRefusedOnRecord() throws IOException {
    Path other = Files.createDirectories(work.resolve("elsewhere").resolve("app"));
    Files.writeString(other.resolve("pots.yaml"), POTS);
    refusedOnRecord(2, "app", "apply", other.toString(), "--yes");
  }

  @Test
  void aGuardRefusalAndAMissingConfirmationLeaveNoJournal() throws IOException {
    Files.writeString(spec.resolve("pots.yaml"), POTS.replace("web:", "api:"));
    refusedWithoutJournal("apply", spec.toString(), "--yes");
    refusedWithoutJournal("apply", spec.toString(), "--allow-data-loss");
  }

  @Test
  void aHeldLockIsRefusedOnRecordForAppliesAndHostChangesAlike() throws Exception {
    try (HostLock.Held held =
        new HostLock(sim.resolve("state")).acquire("potctl apply other", Duration.ZERO)) {
      refusedOnRecord(2, held.holder().command(), "apply", spec.toString(), "--yes");
      refusedOnRecord(3, held.holder().command(), "gc", "--older-than", "1d", "--yes");
      refusedOnRecord(4, held.holder().command(), "forget", spec.toString(), "pot.web", "--yes");
      refusedOnRecord(5, held.holder().command(), "restore", "pot.web", "--yes");
    }
  }

  @Test
  void aHostChangeRefusedByTheOperatorLeavesNoJournal() {
    // no --yes and no terminal: the operator did not confirm, so nothing is on record
    refusedWithoutJournal("forget", spec.toString(), "pot.web");
  }

  private ReconcileOutcome cycle() {
    return new EngineReconciler(
            Optional.of("sim:" + sim), List.of(), false, OptionalInt.empty(), () -> false)
        .reconcile(spec, "app", false);
  }

  @Test
  void watcherCyclesRefusedByOneHolderAreCountedInOneJournal() throws Exception {
    Files.writeString(spec.resolve("pots.yaml"), POTS.replace("web:", "api:"));
    try (HostLock.Held held =
        new HostLock(sim.resolve("state")).acquire("potctl apply stuck", Duration.ZERO)) {
      for (int i = 1; i <= 2; i++) {
        ReconcileOutcome refused = cycle();
        assertEquals(ReconcileResult.REFUSED, refused.result(), refused.message());
        String shown = refused.message() + refused.diagnostics();
        assertTrue(shown.contains(held.holder().command()), "what /status shows: " + shown);
        HostAssert.assertThat(host)
            .hasJournals(2)
            .lastJournalIsARefusal(held.holder().command())
            .lastRefusalHappened(i);
      }
      for (int i = 1; i <= 3; i++) {
        assertThat(host.run("apply", spec.toString(), "--yes")).exits(3);
      }
      HostAssert.assertThat(host).hasJournals(3).lastRefusalHappened(3);
    }
    try (HostLock.Held other =
        new HostLock(sim.resolve("state")).acquire("potctl apply another", Duration.ZERO)) {
      assertThat(host.run("apply", spec.toString(), "--yes")).exits(3);
      HostAssert.assertThat(host)
          .hasJournals(4)
          .lastJournalIsARefusal(other.holder().command())
          .lastRefusalHappened(1)
          .journalsAreComplete();
    }
  }
}
