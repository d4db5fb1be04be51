package org.potctl.state.statedir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.StateException;

class JournalTest {

  private static final Instant T0 = Instant.parse("2026-11-23T13:50:00Z");

  @TempDir Path dir;

  private final InstantSource clock = InstantSource.fixed(T0);

  @Test
  void applyIdsSortByStartTimeAndAreValidFileAndDatasetNames() {
    String a = Journal.newApplyId(T0);
    String b = Journal.newApplyId(T0.plusSeconds(1));
    assertTrue(a.startsWith("20261123T135000.000Z-"), a);
    String sameMillisecond = Journal.newApplyId(T0);
    assertTrue(a.compareTo(sameMillisecond) < 0, a + " then " + sameMillisecond);
    assertTrue(sameMillisecond.compareTo(Journal.newApplyId(T0.plusMillis(1))) < 0);
    assertTrue(Journal.APPLY_ID.matcher(a).matches(), a);
    assertTrue(a.compareTo(b) < 0);
    assertThrows(
        IllegalArgumentException.class, () -> Journal.start(dir, "../../etc/x", "potctl", clock));
    assertThrows(IllegalArgumentException.class, () -> Journal.start(dir, ".hidden", "p", clock));
    assertThrows(IllegalArgumentException.class, () -> Journal.start(dir, "", "p", clock));
    Journal.start(dir, "manual-1", "potctl apply", clock).close();
    assertEquals(List.of("manual-1"), new JournalReader(dir).applyIds());
  }

  @Test
  void aRefusalIsOneLineOnRecordAndNoEvidenceOfAHalfDoneApply() throws Exception {
    String killed = Journal.newApplyId(T0);
    Journal k = Journal.start(dir, killed, "potctl apply", Optional.of("s"), clock);
    k.stepStarted(1, "pot.web", "create-pot", List.of("pot", "create", "-p", "web"));
    for (int i = 0; i < 3; i++) {
      Journal.refused(
          StateStore.local(dir),
          "potctl apply s",
          Optional.of("s"),
          List.of("host lock held by pid 1", "  since now"),
          InstantSource.fixed(T0.plusSeconds(1 + i)));
    }
    JournalReader reader = new JournalReader(dir);
    ApplyJournal last = reader.last().orElseThrow();
    assertTrue(last.refused() && last.finished());
    assertEquals(Optional.of("refused"), last.outcome());
    assertEquals(Optional.of("s"), last.specId());
    assertEquals(
        List.of("potctl apply s", "host lock held by pid 1", "  since now"), last.refusal());
    String line =
        Files.readAllLines(dir.resolve("journal").resolve(last.applyId() + ".jsonl")).get(0);
    assertTrue(line.startsWith("{\"event\":\"apply_refused\""), line);
    List<ApplyJournal> unsuccessful = reader.unsuccessfulSince("s", 2);
    assertEquals(List.of(killed), unsuccessful.stream().map(ApplyJournal::applyId).toList());
    k.close();
  }

  private String refuse(String spec, String reason, int second) {
    return Journal.refused(
        StateStore.local(dir),
        "potctl watch /srv/" + spec,
        Optional.of(spec),
        List.of(reason),
        InstantSource.fixed(T0.plusSeconds(second)));
  }

  @Test
  void theSameRefusalAgainIsCountedInTheJournalOfTheLastOneOfItsSpecId() throws Exception {
    String first = refuse("s", "host is locked by pid 7", 1);
    assertEquals(first, refuse("s", "host is locked by pid 7", 2));
    String other = refuse("t", "host is locked by pid 7", 3); // another spec id: its own
    assertEquals(first, refuse("s", "host is locked by pid 7", 4), "t's refusal sits between");
    JournalReader reader = new JournalReader(dir);
    assertEquals(List.of(first, other), reader.applyIds());
    ApplyJournal counted = reader.read(first);
    assertEquals(3, counted.refusals());
    assertEquals(Optional.of(T0.plusSeconds(4)), counted.lastRefused());
    assertEquals(T0.plusSeconds(1), counted.records().get(0).time());
    assertEquals(List.of("potctl watch /srv/s", "host is locked by pid 7"), counted.refusal());
    String line = Files.readString(dir.resolve("journal").resolve(first + ".jsonl"));
    assertTrue(line.endsWith(",\"count\":3,\"last_time\":\"2026-11-23T13:50:04Z\"}\n"), line);
    assertEquals(1, reader.read(other).refusals());
    assertEquals(0, reader.read(other).records().get(0).count().orElse(0));

    String holder8 = refuse("s", "host is locked by pid 8", 5);
    assertTrue(!holder8.equals(first), "another holder is another refusal");
    String back = refuse("s", "host is locked by pid 7", 6);
    assertTrue(!back.equals(first), "only the newest of the spec id is counted in");
    Journal.start(
            dir, Journal.newApplyId(T0.plusSeconds(7)), "potctl apply", Optional.of("s"), clock)
        .close();
    assertTrue(!refuse("s", "host is locked by pid 7", 8).equals(back), "an apply sits between");
    assertEquals(6, reader.applyIds().size());
  }

  @Test
  void idsOfEarlierVersionsAreReadAndSortByTimeAmongNewOnes() {
    String old = "20261123T135000Z-ffff";
    String newer = Journal.newApplyId(T0.plusSeconds(1));
    Journal.start(dir, newer, "potctl apply", clock).close();
    Journal.start(dir, old, "potctl apply", clock).close();
    assertEquals(List.of(old, newer), new JournalReader(dir).applyIds());
    assertEquals(newer, new JournalReader(dir).last().orElseThrow().applyId());
  }

  @Test
  void everyRecordIsOneJsonLineReadBackInOrder() throws Exception {
    String id = Journal.newApplyId(T0);
    try (Journal j = Journal.start(dir, id, "potctl apply envs/prod --yes", clock)) {
      j.stepStarted(1, "fscomp.data", List.of("pot", "create-fscomp", "-f", "data"));
      j.stepFinished(1, "fscomp.data", Duration.ofMillis(1500));
      j.stepStarted(2, "pot.web", List.of("pot", "create", "-p", "web"));
      j.stepFailed(2, "pot.web", Duration.ofMillis(20), "pot create failed: exit 1");
      j.stepSkipped(3, "pot.api", "depends on pot.web, which failed");
      j.applyFinished("failed");
    }
    Path file = dir.resolve("journal").resolve(id + ".jsonl");
    List<String> lines = Files.readAllLines(file);
    assertEquals(7, lines.size());
    assertEquals(
        "{\"event\":\"step_started\",\"time\":\"2026-11-23T13:50:00Z\",\"step\":1,"
            + "\"address\":\"fscomp.data\",\"argv\":[\"pot\",\"create-fscomp\",\"-f\",\"data\"]}",
        lines.get(1));
    assertEquals(
        "{\"event\":\"step_finished\",\"time\":\"2026-11-23T13:50:00Z\",\"step\":1,"
            + "\"address\":\"fscomp.data\",\"duration_ms\":1500}",
        lines.get(2));

    ApplyJournal read = new JournalReader(dir).read(id);
    assertEquals(7, read.records().size());
    assertEquals(JournalRecord.Event.STEP_FAILED, read.records().get(4).event());
    assertEquals("pot create failed: exit 1", read.records().get(4).message().orElseThrow());
    assertEquals(Duration.ofMillis(20), read.records().get(4).duration().orElseThrow());
    assertEquals(List.of("pot", "create", "-p", "web"), read.records().get(3).argv());
    assertEquals("potctl apply envs/prod --yes", read.records().get(0).message().orElseThrow());
    assertEquals(T0, read.started().orElseThrow());
    assertEquals("failed", read.outcome().orElseThrow());
    assertTrue(read.unfinishedSteps().isEmpty());
    assertFalse(read.tornTail());
  }

  @Test
  void aKilledApplyShowsTheStepsThatStartedButNeverFinished() throws Exception {
    String id = Journal.newApplyId(T0);
    Journal j = Journal.start(dir, id, "potctl apply", clock);
    j.stepStarted(1, "fscomp.data", List.of("pot", "create-fscomp", "-f", "data"));
    j.stepStarted(2, "bridge.backend", List.of("pot", "create-private-bridge", "-B", "backend"));
    j.stepFinished(1, "fscomp.data", Duration.ofMillis(5));
    j.stepStarted(3, "pot.web", List.of("pot", "create", "-p", "web"));
    // the process dies here: no close, no apply_finished, and a torn half line
    Files.writeString(
        j.file(), "{\"event\":\"step_fin", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    ApplyJournal last = new JournalReader(dir).last().orElseThrow();
    assertEquals(id, last.applyId());
    assertFalse(last.finished());
    assertTrue(last.tornTail());
    assertEquals(
        List.of(OptionalInt.of(2), OptionalInt.of(3)),
        last.unfinishedSteps().stream().map(JournalRecord::step).toList());
    assertEquals("pot.web", last.unfinishedSteps().get(1).address().orElseThrow());
    j.close();
  }

  @Test
  void readerListsJournalsOldestFirstAndLastIsTheNewest() {
    assertTrue(new JournalReader(dir).last().isEmpty());
    List<String> ids = new ArrayList<>();
    for (int i = 2; i >= 0; i--) {
      String id = Journal.newApplyId(T0.plusSeconds(60L * i));
      ids.add(0, id);
      try (Journal j = Journal.start(dir, id, "potctl apply", clock)) {
        j.applyFinished("ok");
      }
    }
    assertEquals(ids, new JournalReader(dir).applyIds());
    assertEquals(ids.get(2), new JournalReader(dir).last().orElseThrow().applyId());
  }

  @Test
  void aMalformedLineBeforeTheLastIsAnErrorNamingFileAndLine() throws Exception {
    String id = Journal.newApplyId(T0);
    try (Journal j = Journal.start(dir, id, "potctl apply", clock)) {
      j.applyFinished("ok");
    }
    Path file = dir.resolve("journal").resolve(id + ".jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.add(1, "garbage");
    Files.write(file, lines);
    StateException e = assertThrows(StateException.class, () -> new JournalReader(dir).read(id));
    assertTrue(e.getMessage().contains(file + ":2:"), e.getMessage());
  }

  @Test
  void parallelStepsNeverInterleaveLines() throws Exception {
    String id = Journal.newApplyId(T0);
    try (Journal j = Journal.start(dir, id, "potctl apply", clock)) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int base = t * 100;
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (int i = 0; i < 50; i++) {
                        j.stepStarted(base + i, "pot.p" + i, List.of("pot", "start", "p" + i));
                        j.stepFinished(base + i, "pot.p" + i, Duration.ofMillis(i));
                      }
                    }));
      }
      for (Thread t : threads) {
        t.join();
      }
    }
    ApplyJournal read = new JournalReader(dir).read(id);
    assertEquals(401, read.records().size());
    assertTrue(read.unfinishedSteps().isEmpty());
    assertFalse(read.tornTail());
  }

  @Test
  void theSpecIdIsRecordedAndUnsuccessfulAppliesOfThatSpecAreFoundNewestFirst() throws Exception {
    List<String> ids = List.of("a-1", "a-2", "a-3", "a-4", "a-5");
    try (Journal j = Journal.start(dir, ids.get(0), "potctl apply", Optional.of("prod"), clock)) {
      j.applyFinished("failed");
    }
    try (Journal j = Journal.start(dir, ids.get(1), "potctl apply", Optional.of("prod"), clock)) {
      j.applyFinished("succeeded");
    }
    try (Journal j = Journal.start(dir, ids.get(2), "potctl apply", Optional.of("prod"), clock)) {
      j.stepStarted(1, "pot.web", List.of("pot", "create", "-p", "web"));
    }
    try (Journal j = Journal.start(dir, ids.get(3), "potctl apply", Optional.of("test"), clock)) {
      j.applyFinished("failed");
    }
    try (Journal j = Journal.start(dir, ids.get(4), "potctl apply", Optional.of("prod"), clock)) {
      j.applyFinished("interrupted");
    }
    JournalReader reader = new JournalReader(dir);
    assertTrue(Files.readString(dir.resolve("journal/a-1.jsonl")).contains("\"spec_id\":\"prod\""));
    assertEquals("prod", reader.read("a-1").specId().orElseThrow());
    assertEquals(
        List.of("a-5", "a-3"),
        reader.unsuccessfulSince("prod", 50).stream().map(ApplyJournal::applyId).toList(),
        "stops at the last success, skips other specs");
    assertEquals(
        List.of("a-5"),
        reader.unsuccessfulSince("prod", 1).stream().map(ApplyJournal::applyId).toList());
    assertEquals(
        List.of("a-4"),
        reader.unsuccessfulSince("test", 50).stream().map(ApplyJournal::applyId).toList());
    ApplyJournal killed = reader.read("a-3");
    assertEquals(1, killed.startedSteps().size());
    assertFalse(killed.stepFinished(1));
    assertTrue(reader.unsuccessfulSince("nobody", 50).isEmpty());
  }
}
