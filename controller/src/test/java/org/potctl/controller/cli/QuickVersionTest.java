package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QuickVersionTest {

  private static String picocliVersion() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--version"));
    return out.toString();
  }

  private static String potctl(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(args, new PrintWriter(out), new PrintWriter(err)));
    assertEquals("", err.toString());
    return out.toString();
  }

  @Test
  void printsWhatPicocliPrints() {
    String expected = picocliVersion();
    assertTrue(expected.startsWith("potctl "), expected);
    assertEquals(expected, potctl("--version"));
    assertEquals(expected, potctl("-V"));
  }

  @Test
  void namesTheGitCommitAndTheBuildDate() throws Exception {
    String[] lines = potctl("--version").split("\\R");
    Process git = new ProcessBuilder("git", "rev-parse", "HEAD").start();
    String head = new String(git.getInputStream().readAllBytes()).strip();
    if (git.waitFor() == 0) {
      Process status =
          new ProcessBuilder("git", "-C", "..", "status", "--porcelain", "--untracked-files=no")
              .start();
      String modified = new String(status.getInputStream().readAllBytes()).strip();
      assertEquals(0, status.waitFor());
      String dirty = modified.isEmpty() ? "" : "-dirty";
      assertEquals("commit " + head + dirty, lines[1], "built from this checkout's tree");
    } else {
      assertEquals("commit unknown", lines[1]);
    }
    assertTrue(lines[2].matches("built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), lines[2]);
  }

  @Test
  void aTreeWithModifiedFilesIsMarkedDirty() {
    String sha = "0123456789abcdef0123456789abcdef01234567";
    assertEquals("commit " + sha, VersionProvider.commitLine(sha, ""));
    assertEquals("commit " + sha, VersionProvider.commitLine(sha, "\n"));
    assertEquals("commit " + sha + "-dirty", VersionProvider.commitLine(sha, " M README.md\n"));
    assertEquals("commit unknown", VersionProvider.commitLine("", " M README.md\n"));
  }

  @Test
  void onlyTheBareVersionFlagTakesTheShortcut() {
    assertTrue(QuickVersion.asked(new String[] {"--version"}));
    assertFalse(QuickVersion.asked(new String[] {"observe", "--version"}));
    assertFalse(QuickVersion.asked(new String[] {"--version", "--help"}));
    assertFalse(QuickVersion.asked(new String[] {}));
  }
}
