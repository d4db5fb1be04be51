package org.potctl.controller.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.JournalReader;
import org.potctl.state.statedir.JournalRecord;

/**
 * SIGTERM during an apply, for real: a child JVM applies with latency and parallelism 2 and is sent
 * SIGTERM once its first step started. The running steps finish, nothing new starts, the journal
 * says so, the lock is free and a rerun converges.
 */
class ApplySigtermTest {

  @TempDir Path dir;

  private static long count(ApplyJournal j, JournalRecord.Event event) {
    return j.records().stream().filter(r -> r.event() == event).count();
  }

  private static boolean stepStarted(Path journalDir) throws IOException {
    if (!Files.isDirectory(journalDir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(journalDir)) {
      for (Path f : files.toList()) {
        if (Files.readString(f).contains("\"step_started\"")) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void sigtermFinishesTheRunningStepsStartsNothingNewAndFreesTheLock() throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", KillFreshApplyTest.POTS));
    Path sim = dir.resolve("sim");
    Path log = dir.resolve("child.log");
    Process p =
        CrashRig.start(
            log,
            "sim:" + sim + "?latency=300ms",
            "apply",
            spec.toString(),
            "--yes",
            "--parallelism",
            "2");
    try {
      Path journals = sim.resolve("state/journal");
      await().atMost(Duration.ofSeconds(90)).until(() -> stepStarted(journals));
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the apply ends after SIGTERM");
    } finally {
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    assertEquals(143, p.exitValue(), output);

    ApplyJournal j = new JournalReader(sim.resolve("state")).last().orElseThrow();
    assertEquals("interrupted", j.outcome().orElseThrow(), output);
    assertTrue(j.unfinishedSteps().isEmpty(), "every started step ended: " + j.records());
    long started = count(j, JournalRecord.Event.STEP_STARTED);
    long skipped = count(j, JournalRecord.Event.STEP_SKIPPED);
    assertTrue(started >= 1 && started < 20, "started " + started);
    assertEquals(20, started + skipped, "every step is either run or skipped");
    assertEquals(started, count(j, JournalRecord.Event.STEP_FINISHED), "none failed");
    List<JournalRecord> skips =
        j.records().stream().filter(r -> r.event() == JournalRecord.Event.STEP_SKIPPED).toList();
    assertTrue(
        skips.stream()
            .allMatch(r -> r.message().orElse("").equals("apply stopped before this step started")),
        skips.toString());
    JournalRecord lastStart =
        j.records().stream()
            .filter(r -> r.event() == JournalRecord.Event.STEP_STARTED)
            .reduce((a, b) -> b)
            .orElseThrow();
    JournalRecord firstSkip = skips.get(0);
    assertTrue(
        !lastStart.time().isAfter(firstSkip.time()),
        "no step started after the stop was seen: " + j.records());

    try (HostLock.Held held = new HostLock(sim.resolve("state")).acquire("test", Duration.ZERO)) {
      assertEquals(ProcessHandle.current().pid(), held.holder().pid());
    }
    CrashRig.assertConverges("sim:" + sim, spec, "after SIGTERM");
  }
}
