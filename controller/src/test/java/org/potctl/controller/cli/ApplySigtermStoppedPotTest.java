package org.potctl.controller.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.potctl.controller.testkit.Run;

/**
 * SIGTERM right after an update's {@code pot stop} started (issue 13 item 6, end to end in a child
 * JVM): the stop finishes, the env change and the start never run, and the apply says so: which
 * steps were left undone, that the pot the spec wants running is not running, and which command
 * completes the job. That command then does.
 */
class ApplySigtermStoppedPotTest {

  @TempDir Path dir;

  private static boolean stopStarted(Path journalDir) throws IOException {
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
  void theStoppedPotIsNamedWithTheCommandThatCompletesTheApply() throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", KillFreshApplyTest.POTS));
    Path sim = dir.resolve("sim");
    Run first = CrashRig.potctl("sim:" + sim, "apply", spec.toString(), "--yes");
    assertEquals(0, first.code(), first.out() + first.err());
    Files.writeString(
        spec.resolve("pots.yaml"), KillFreshApplyTest.POTS.replace("MODE: prod", "MODE: dev"));
    Run plan = CrashRig.potctl("sim:" + sim, "plan", spec.toString());
    assertTrue(plan.out().contains("pot stop -p web"), plan.out());

    Path journals = sim.resolve("state/journal");
    try (Stream<Path> old = Files.list(journals)) {
      old.forEach(f -> f.toFile().delete());
    }
    Path log = dir.resolve("child.log");
    Process p =
        CrashRig.start(log, "sim:" + sim + "?latency=3s", "apply", spec.toString(), "--yes");
    try {
      await().atMost(Duration.ofSeconds(90)).until(() -> stopStarted(journals));
      p.destroy(); // SIGTERM while pot stop runs
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the apply ends after SIGTERM");
    } finally {
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    assertEquals(143, p.exitValue(), output);
    assertTrue(output.contains("Stopped: the running steps finished; 2 steps were"), output);
    assertTrue(output.contains("pot.web: pot set-env -p web -E MODE=dev"), output);
    assertTrue(output.contains("pot.web is not running, but the spec wants it running."), output);
    assertTrue(output.contains("Run 'potctl apply " + spec + "' again to complete it."), output);

    Run status = CrashRig.potctl("sim:" + sim, "plan", spec.toString(), "--detailed-exitcode");
    assertEquals(2, status.code(), status.out() + status.err());
    assertTrue(status.out().contains("pot start -p web"), status.out());
    CrashRig.assertConverges("sim:" + sim, spec, "after SIGTERM between stop and start");
  }
}
