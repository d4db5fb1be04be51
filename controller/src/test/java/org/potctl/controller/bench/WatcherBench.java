package org.potctl.controller.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.sim.BulkFixture;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * The watcher rows (issue 18 item 4): {@code ./potctl watch --dir} of a 100-pot spec on its
 * converged simulated host, with the launcher's daemon flags. Prints RSS after 100 and after {@code
 * -Dbench.watch.cycles} (5,000) reconcile cycles, their ratio (target within 10 % and at most 96
 * MB) and the CPU per no-op cycle; then, for an idle watcher, how often each thread woke in a
 * minute. Asserts correctness only: every cycle is a no-op drift check that finds nothing.
 */
class WatcherBench {

  static final int POTS = 100;
  static final long EARLY = 100;
  static final long CYCLES = Long.getLong("bench.watch.cycles", 5_000);
  static final Duration IDLE = Duration.ofSeconds(60);

  @TempDir Path tmp;

  @Test
  void watcher() throws Exception {
    String load = Machine.loadAverage();
    Path launcher = Path.of("..", "potctl").toAbsolutePath().normalize();
    SpecGenerator.Generated g =
        SpecGenerator.write(tmp.resolve("spec"), POTS, new SpecGenerator.Options(true, false));
    Path sim = tmp.resolve("sim");
    BulkFixture.populate(
        new SimulatedHost(SimOptions.of(sim)), g.host().withOwner(PlanPhase.SPEC_ID));
    try (WatchProcess w =
        WatchProcess.start(launcher, g.dir(), sim, tmp.resolve("work"), "1ms", PlanPhase.SPEC_ID)) {
      WatchProcess.Sample early = settled(w, EARLY, Duration.ofMinutes(30));
      WatchProcess.Sample late = settled(w, CYCLES, Duration.ofHours(3));
      assertConverged(w.metrics());
      double cpu = (late.cpuMs() - early.cpuMs()) / (late.cycles() - early.cycles());
      note(
          String.format(
              "watcher, %d-pot spec, converged host: RSS (median of 5) %.1f MB after %d cycles, %.1f MB after %d"
                  + " (%+.1f %%; target within 10 %% and <= 96 MB); CPU per no-op cycle %.1f ms"
                  + " (cycles %d-%d); load %s -> %s",
              POTS,
              early.rssKb() / 1024.0,
              early.cycles(),
              late.rssKb() / 1024.0,
              late.cycles(),
              100.0 * (late.rssKb() - early.rssKb()) / early.rssKb(),
              cpu,
              early.cycles(),
              late.cycles(),
              load,
              Machine.loadAverage()));
    }
    idle(launcher, g, sim);
  }

  /** An idle watcher (interval 20 s): each thread's wake-ups (context switches) in a minute. */
  private void idle(Path launcher, SpecGenerator.Generated g, Path sim) throws Exception {
    try (WatchProcess w =
        WatchProcess.start(
            launcher, g.dir(), sim, tmp.resolve("work-idle"), "20s", PlanPhase.SPEC_ID)) {
      w.awaitCycles(1, Duration.ofMinutes(10));
      Thread.sleep(5_000);
      Map<String, Long> before = w.switchesByThread();
      long cycles = w.cycles();
      Thread.sleep(IDLE.toMillis());
      Map<String, Long> after = w.switchesByThread();
      cycles = w.cycles() - cycles;
      Map<String, Long> woke = new TreeMap<>();
      after.forEach(
          (name, n) -> {
            long d = n - before.getOrDefault(name, 0L);
            if (d > 0) {
              woke.put(name, d);
            }
          });
      note(
          "idle watcher (interval 20 s), wake-ups per thread in "
              + IDLE.toSeconds()
              + " s ("
              + cycles
              + " cycles): "
              + woke);
    }
  }

  /**
   * The median RSS of five samples two cycles apart from cycle {@code n} on (a sample right before
   * or after a heap trim alone would say more about the trim than about the watcher), with the CPU
   * time of the first.
   */
  private static WatchProcess.Sample settled(WatchProcess w, long n, Duration within)
      throws Exception {
    WatchProcess.Sample first = w.awaitCycles(n, within);
    List<Long> rss = new ArrayList<>(List.of(first.rssKb()));
    for (int i = 1; i < 5; i++) {
      rss.add(w.awaitCycles(n + 2L * i, within).rssKb());
    }
    Collections.sort(rss);
    return new WatchProcess.Sample(first.cycles(), rss.get(2), first.cpuMs());
  }

  private static void assertConverged(String metrics) {
    for (String bad : new String[] {"failed", "invalid", "refused"}) {
      for (String type : new String[] {"commit", "drift"}) {
        String line =
            "potctl_watch_reconciles_total{result=\"" + bad + "\",type=\"" + type + "\"} 0.0";
        assertTrue(metrics.contains(line), line + " in\n" + metrics);
      }
    }
    assertTrue(metrics.contains("potctl_drifted_resources 0.0"), metrics);
    assertTrue(
        metrics.contains("potctl_apply_duration_seconds_count 0"), "no cycle applied:\n" + metrics);
  }

  private static void note(String line) {
    System.out.println("bench: " + line);
  }
}
