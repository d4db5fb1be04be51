package org.potctl.state.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.StateException;

/** Uses {@code /bin/sh -c} only here, to make child processes the runner must handle. */
class ProcessCommandRunnerTest {

  private final ProcessCommandRunner runner = new ProcessCommandRunner();

  private static Command sh(String script) {
    return Command.of("/bin/sh", "-c", script);
  }

  @Test
  void capturesStdoutStderrAndExitCode() {
    CommandResult r = runner.run(sh("echo out; echo err >&2; exit 3"));
    assertEquals(3, r.exitCode());
    assertEquals("out\n", r.stdout());
    assertEquals("err\n", r.stderr());
    assertFalse(r.succeeded());
    assertTrue(r.took().compareTo(Duration.ZERO) > 0);
  }

  @Test
  void argvIsPassedVerbatimWithoutAShell() {
    CommandResult r = runner.run(Command.of("/bin/echo", "$HOME; rm -rf /tmp/x", "*", "a  b"));
    assertEquals("$HOME; rm -rf /tmp/x * a  b\n", r.stdout());
  }

  @Test
  void runsInTheCLocaleSoParsedOutputIsStable() {
    assertEquals("C\n", runner.run(sh("echo $LC_ALL")).stdout());
  }

  /**
   * pot resolves {@code pot create -f NAME} as a path first, then {@code ./NAME}, and only then in
   * its flavour directory (common-flv.sh:31-45, also {@code NAME.sh}): run from a spec checkout, a
   * file of the checkout named like a flavour would replace the flavour potctl validated and
   * installed. Every program therefore starts in {@code /}, never in potctl's working directory.
   */
  @Test
  void runsInTheRootDirectoryNotPotctlsWorkingDirectory() {
    assertEquals("/\n", runner.run(Command.of("/bin/pwd")).stdout());
    assertEquals("/\n", runner.run(sh("pwd")).stdout());
  }

  @Test
  void writesStandardInput() {
    CommandResult r = runner.run(Command.of("/bin/cat").withStdin("line 1\nline 2 ü\n"));
    assertEquals("line 1\nline 2 ü\n", r.stdout());
    assertEquals("", runner.run(Command.of("/bin/cat")).stdout());
  }

  @Test
  @Timeout(30)
  void largeOutputOnBothStreamsDoesNotDeadlock() {
    CommandResult r =
        runner.run(
            sh(
                "head -c 3000000 /dev/zero | tr '\\0' x; head -c 3000000 /dev/zero | tr '\\0' y >&2"));
    assertEquals(3_000_000, r.stdout().length());
    assertEquals(3_000_000, r.stderr().length());
  }

  @Test
  @Timeout(30)
  void timeoutKillsTheWholeProcessTree(@TempDir Path dir) throws Exception {
    Path pidFile = dir.resolve("child.pid");
    Command cmd =
        sh("sleep 60 & echo $! > '" + pidFile + "'; wait").withTimeout(Duration.ofMillis(700));
    CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> runner.run(cmd));
    assertEquals(cmd, e.command());
    long child = Long.parseLong(Files.readString(pidFile).strip());
    assertFalse(waitUntilDead(child), "the background child " + child + " must be killed too");
  }

  private static boolean waitUntilDead(long pid) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        Thread.sleep(100);
      } else {
        return false;
      }
    }
    return true;
  }

  @Test
  @Timeout(30)
  void backgroundChildHoldingThePipeDoesNotHangTheRunner() {
    long start = System.nanoTime();
    CommandResult r = runner.run(sh("sleep 8 & echo started"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(0, r.exitCode());
    assertEquals("started\n", r.stdout());
    assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "took " + took);
  }

  @Test
  void missingProgramIsAStateException(@TempDir Path dir) {
    StateException e =
        assertThrows(
            StateException.class, () -> runner.run(Command.of(dir.resolve("no-such").toString())));
    assertTrue(e.getMessage().startsWith("cannot start '"), e.getMessage());
  }

  @Test
  void failureCarriesArgvExitCodeAndPotErrorLinesFirst() throws IOException {
    Command cmd =
        sh("echo '===>  starting'; echo '###>  pot web not found'; echo 'zfs: busy' >&2; exit 1");
    CommandResult r = runner.run(cmd);
    CommandFailedException e =
        assertThrows(CommandFailedException.class, () -> r.requireSuccess(cmd));
    assertEquals(List.of("/bin/sh", "-c", cmd.argv().get(2)), e.argv());
    assertEquals(1, e.exitCode());
    assertTrue(e.outputTail().startsWith("###>  pot web not found\nzfs: busy"), e.outputTail());
    assertTrue(
        e.getMessage().endsWith("exited with status 1: ###>  pot web not found"), e.getMessage());
  }
}
