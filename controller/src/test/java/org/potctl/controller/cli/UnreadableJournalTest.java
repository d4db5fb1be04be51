package org.potctl.controller.cli;

import static org.potctl.controller.testkit.RunAssert.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.HostAssert;
import org.potctl.controller.testkit.Potctl;

/**
 * A journal that cannot be read is never taken for "no interruptions" (issue 13): the journal of
 * the spec's last, failed apply malformed before its last line is a plan error naming the file and
 * line for {@code plan}, {@code status} and {@code apply}, and nothing is changed; a torn last line
 * (a killed apply's) is still read.
 */
class UnreadableJournalTest {

  private static final String POTS =
      "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";

  @TempDir Path sim;

  @TempDir Path work;

  @Test
  void aMalformedJournalOfAFailedApplyIsAPlanErrorNotNoInterruptions() throws IOException {
    Path spec = Files.createDirectories(work.resolve("app"));
    Files.writeString(spec.resolve("pots.yaml"), POTS);
    Potctl host = Potctl.onSim(sim);
    String failing = "sim:" + sim + "?fail=pot start";
    assertThat(Potctl.bare("--host", failing, "apply", spec.toString(), "--yes")).exits(1);
    Path journal = newestJournal();
    List<String> lines = new ArrayList<>(Files.readAllLines(journal));
    lines.add(1, "{not json");
    Files.write(journal, lines);

    String error =
        "error: journal: cannot read the journals in "
            + sim.resolve("state")
            + " to find what an earlier apply left half-done: "
            + journal
            + ":2: malformed journal line";
    assertThat(host.run("plan", spec.toString()))
        .exits(1)
        .errContains(error)
        .outLacks("No changes");
    assertThat(host.run("status", spec.toString())).exits(1).errContains(error);
    int mark = host.mark();
    assertThat(host.run("apply", spec.toString(), "--yes")).exits(1).errContains(error);
    HostAssert.assertThat(host).since(mark).ranNothing();
  }

  @Test
  void aJournalDirectoryReplacedByAFileIsAPlanErrorNotNoJournals() throws IOException {
    Path spec = Files.createDirectories(work.resolve("app"));
    Files.writeString(spec.resolve("pots.yaml"), POTS);
    Potctl host = Potctl.onSim(sim);
    String failing = "sim:" + sim + "?fail=pot start";
    assertThat(Potctl.bare("--host", failing, "apply", spec.toString(), "--yes")).exits(1);
    Path journals = sim.resolve("state/journal");
    try (Stream<Path> files = Files.list(journals)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(journals);
    Files.writeString(journals, "");

    String error =
        "error: journal: cannot read the journals in "
            + sim.resolve("state")
            + " to find what an earlier apply left half-done: "
            + journals
            + " is not a directory: potctl keeps files in it, and would take it for empty";
    assertThat(host.run("plan", spec.toString())).exits(1).errContains(error);
    assertThat(host.run("status", spec.toString())).exits(1).errContains(error);
    int mark = host.mark();
    assertThat(host.run("apply", spec.toString(), "--yes")).exits(1).errContains(error);
    HostAssert.assertThat(host).since(mark).ranNothing();
  }

  @Test
  void aTornLastLineIsReadAsAKilledApplysJournal() throws IOException {
    Path spec = Files.createDirectories(work.resolve("app"));
    Files.writeString(spec.resolve("pots.yaml"), POTS);
    Potctl host = Potctl.onSim(sim);
    String failing = "sim:" + sim + "?fail=pot start";
    assertThat(Potctl.bare("--host", failing, "apply", spec.toString(), "--yes")).exits(1);
    Files.writeString(newestJournal(), "{\"torn", java.nio.file.StandardOpenOption.APPEND);
    assertThat(host.run("apply", spec.toString(), "--yes")).exits(0).errLacks("journal");
  }

  private Path newestJournal() throws IOException {
    try (Stream<Path> files = Files.list(sim.resolve("state/journal"))) {
      return files.sorted().reduce((a, b) -> b).orElseThrow();
    }
  }
}
