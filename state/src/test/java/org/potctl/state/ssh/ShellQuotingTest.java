package org.potctl.state.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.ProcessCommandRunner;
import org.potctl.state.exec.ProcessCommandRunner.RawResult;

class ShellQuotingTest {

  /** Words a remote shell must pass through untouched. */
  static final List<String> HOSTILE =
      List.of(
          "plain",
          "two words",
          "it's",
          "'",
          "''",
          "\"double\"",
          "$(touch /tmp/potctl-pwned)",
          "`id`",
          "a; rm -rf /",
          "x && y || z",
          "line1\nline2\n",
          "-rf",
          "--help",
          "*",
          "~root",
          "$HOME ${PATH}",
          "back\\slash\\",
          "tab\there",
          "",
          " leading and trailing ",
          "!bang #hash |pipe >out <in &amp",
          "ünïcødé ✓");

  @Test
  void singleQuotesAndEscapesQuotes() {
    assertEquals("'plain'", ShellQuoting.quote("plain"));
    assertEquals("'it'\\''s'", ShellQuoting.quote("it's"));
    assertEquals("''", ShellQuoting.quote(""));
    assertEquals("'a b' 'c'", ShellQuoting.command(List.of("a b", "c")));
  }

  @Test
  void refusesNulAndEmptyArgv() {
    assertThrows(IllegalArgumentException.class, () -> ShellQuoting.quote("a\0b"));
    assertThrows(IllegalArgumentException.class, () -> ShellQuoting.command(List.of()));
  }

  @Test
  void hostileWordsRoundTripThroughARealPosixShell() {
    List<String> argv = new ArrayList<>(List.of("printf", "%s\\0"));
    argv.addAll(HOSTILE);
    String line = ShellQuoting.remoteLine(argv);
    RawResult r = new ProcessCommandRunner().runRaw(Command.of("sh", "-c", line));
    assertEquals(0, r.exitCode(), r.stderr());
    String out = new String(r.stdout(), StandardCharsets.UTF_8);
    List<String> words = List.of(out.substring(0, out.length() - 1).split("\0", -1));
    assertEquals(HOSTILE, words);
  }

  /**
   * sshd runs the line in the login's home directory: the line itself moves to {@code /}, so pot's
   * relative lookups ({@code ./FLAVOUR}) never reach the home directory's files.
   */
  @Test
  void theRemoteLineRunsInTheRootDirectoryWhateverTheShellsDirectory(@TempDir Path home)
      throws Exception {
    String line = ShellQuoting.remoteLine(List.of("sh", "-c", "pwd; echo $LC_ALL"));
    Process p = new ProcessBuilder("sh", "-c", line).directory(home.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor());
    assertEquals("/\nC\n", out);
  }
}
