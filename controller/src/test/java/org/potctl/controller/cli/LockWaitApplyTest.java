package org.potctl.controller.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lock first, for real (issue 13 item 2): two child JVMs apply the same spec to one host. The
 * second starts while the first is half-way and waits for the lock ({@code --lock-timeout}); it
 * observes only once it holds the lock, so it sees the finished host, plans nothing and succeeds.
 * Before the engine took the lock first it printed a plan made from the half-applied host and was
 * then refused as stale.
 */
class LockWaitApplyTest {

  @TempDir Path dir;

  private static boolean started(Path journalDir) throws IOException {
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

  private static void end(Process p, Path log) throws Exception {
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("child potctl did not end: " + Files.readString(log));
    }
  }

  @Test
  void theWaitingApplyObservesTheFinishedHostAndPlansNothing() throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", KillFreshApplyTest.POTS));
    Path sim = dir.resolve("sim");
    String host = "sim:" + sim + "?latency=150ms";
    Path firstLog = dir.resolve("first.log");
    Path secondLog = dir.resolve("second.log");
    Process first = CrashRig.start(firstLog, host, "apply", spec.toString(), "--yes");
    Process second = null;
    try {
      await().atMost(Duration.ofSeconds(90)).until(() -> started(sim.resolve("state/journal")));
      second =
          CrashRig.start(
              secondLog, host, "apply", spec.toString(), "--yes", "--lock-timeout", "120s");
      end(first, firstLog);
      end(second, secondLog);
    } finally {
      first.destroyForcibly();
      if (second != null) {
        second.destroyForcibly();
      }
    }
    String one = Files.readString(firstLog);
    String two = Files.readString(secondLog);
    assertEquals(0, first.exitValue(), one);
    assertTrue(one.contains("pot create"), one);
    assertEquals(0, second.exitValue(), two);
    assertTrue(
        two.contains("Waiting up to 120.0s for the host lock: host is locked (")
            && two.contains("by pid " + first.pid() + " ("),
        "the waiting apply says why it waits, before anything else:\n" + two);
    assertTrue(two.contains("No changes. The host matches the spec"), two);
    assertFalse(two.contains("will perform"), "no plan of the half-applied host:\n" + two);
    assertFalse(two.contains("stale"), two);
    CrashRig.assertConverges("sim:" + sim, spec, "after two applies");
  }
}
