package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.potctl.controller.testkit.RunAssert.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.state.statedir.Journal;
import org.potctl.state.statedir.JournalReader;

/**
 * An apply prunes the state directory's old journals to {@code journals-kept} (potctl.conf) per
 * spec id, after its own journal, and never an unfinished one.
 */
class JournalRetentionApplyTest {

  private static final String POTS =
      "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

  @TempDir Path sim;

  @TempDir Path work;

  private String journal(Instant at, Optional<String> specId, boolean finished) {
    String id = Journal.newApplyId(at);
    Journal j = Journal.start(sim.resolve("state"), id, "potctl apply", specId, () -> at);
    j.stepStarted(1, "pot.web", "start", List.of("pot", "start", "web"));
    if (finished) {
      j.stepFinished(1, "pot.web", Duration.ofMillis(1));
      j.applyFinished("succeeded");
    }
    j.close();
    return id;
  }

  @Test
  void anApplyPrunesOldJournalsToTheConfiguredNumberPerSpecId() throws IOException {
    Path spec = Files.createDirectories(work.resolve("app"));
    Files.writeString(spec.resolve("pots.yaml"), POTS);
    Path conf = Files.writeString(work.resolve("potctl.conf"), "journals-kept = 3\n");
    Potctl host = Potctl.onSim(sim);
    assertThat(host.run("apply", "--config", conf.toString(), spec.toString(), "--yes")).exits(0);
    String first = new JournalReader(sim.resolve("state")).last().orElseThrow().applyId();
    List<String> old = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      old.add(journal(LONG_AGO.plusSeconds(i), Optional.of("app"), true));
    }
    String killed = journal(LONG_AGO, Optional.of("app"), false);
    String change1 = journal(LONG_AGO.plusSeconds(1), Optional.empty(), true);
    String change2 = journal(LONG_AGO.plusSeconds(2), Optional.empty(), true);

    Files.writeString(
        spec.resolve("pots.yaml"),
        POTS + "  api:\n    base: \"14.1\"\n    network: {type: public-bridge}\n");
    assertThat(host.run("apply", "--config", conf.toString(), spec.toString(), "--yes")).exits(0);

    List<String> left = new JournalReader(sim.resolve("state")).applyIds();
    String second = left.get(left.size() - 1);
    assertEquals(
        List.of(killed, change1, change2, old.get(5), first, second),
        left,
        "web's 3 newest finished ones, the unfinished one and the host changes'");
  }

  @Test
  void aKeptCountBelowOneIsAUsageErrorNamingTheLine() throws IOException {
    Path conf = Files.writeString(work.resolve("potctl.conf"), "# c\njournals-kept = 0\n");
    var r = Potctl.bare("observe", "--config", conf.toString());
    assertEquals(64, r.code(), r.all());
    assertTrue(
        r.err().contains(conf + ":2: journals-kept must be a whole number from 1, got '0'"),
        r.err());
  }
}
