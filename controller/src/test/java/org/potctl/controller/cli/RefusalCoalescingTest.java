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
 * A watcher refused cycle after cycle by one lock holder leaves one {@code apply_refused} journal
 * that counts the refusals, not one journal per cycle; another holder is another refusal.
 */
class RefusalCoalescingTest {

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
