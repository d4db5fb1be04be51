package org.potctl.state.statedir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journal retention on a real state directory ({@link JournalRetention}). */
class JournalRetentionTest {

  private static final Instant T0 = Instant.parse("2026-11-23T13:50:00Z");
  private static final InstantSource CLOCK = InstantSource.fixed(T0);

  @TempDir Path dir;

  private StateStore store() {
    return StateStore.local(dir);
  }

  private void finished(String id, Optional<String> specId, String outcome) {
    try (Journal j = Journal.start(dir, id, "potctl apply", specId, CLOCK)) {
      j.stepStarted(1, "pot.web", "start", List.of("pot", "start", "web"));
      j.stepFinished(1, "pot.web", java.time.Duration.ofMillis(3));
      j.applyFinished(outcome);
    }
  }

  private List<String> ids() {
    return new JournalReader(dir).applyIds();
  }

  @Test
  void manyJournalsArePrunedToTheNewestKeptPerSpecIdButNeverAnUnfinishedOne() {
    List<String> web = new ArrayList<>();
    String killed = Journal.newApplyId(T0);
    Journal k = Journal.start(dir, killed, "potctl apply", Optional.of("web"), CLOCK);
    k.stepStarted(1, "pot.web", "create-pot", List.of("pot", "create", "-p", "web"));
    k.close(); // killed: no apply_finished
    for (int i = 1; i <= 60; i++) {
      String id = Journal.newApplyId(T0.plusSeconds(i));
      finished(id, Optional.of("web"), i % 2 == 0 ? "succeeded" : "failed");
      web.add(id);
    }
    List<String> db = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String id = Journal.newApplyId(T0.plusSeconds(i));
      finished(id, Optional.of("db"), "succeeded");
      db.add(id);
    }
    List<String> refusals = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Journal.refused(
          store(), "potctl apply web", Optional.of("web"), List.of("lock held " + i), CLOCK);
    }
    refusals.addAll(ids().stream().filter(id -> !web.contains(id) && !db.contains(id)).toList());
    refusals.remove(killed);

    JournalRetention.Pruned pruned = JournalRetention.prune(store(), 50, web.get(59));

    assertEquals(web.subList(0, 10), pruned.applyIds(), "the 10 oldest finished ones of web");
    List<String> left = ids();
    assertEquals(1 + 50 + 5 + 4, left.size(), left.toString());
    assertTrue(left.contains(killed), "an unfinished journal is never pruned");
    assertTrue(left.containsAll(web.subList(10, 60)));
    assertTrue(left.containsAll(db), "another spec id keeps its own");
    assertTrue(left.containsAll(refusals), "refusals count apart from runs");
    assertEquals(List.of(), JournalRetention.prune(store(), 50, web.get(59)).applyIds());
  }

  @Test
  void idsAreOrderedByTheirTimeAndOldSecondIdsAmongMillisecondOnes() {
    String before = "20261123T134959.999Z-0007-aaaa";
    String old = "20261123T135000Z-ffff"; // sorts after the next one as a string
    String sameSecond = "20261123T135000.500Z-0000-0000";
    String newest = "20261123T135001.000Z-0001-0000";
    for (String id : List.of(newest, sameSecond, old, before)) {
      finished(id, Optional.of("web"), "succeeded");
    }
    assertEquals(List.of(before, old, sameSecond, newest), ids());

    assertEquals(List.of(before, old), JournalRetention.prune(store(), 2, newest).applyIds());
    assertEquals(List.of(sameSecond, newest), ids());
  }

  @Test
  void theJournalJustWrittenAndTheNewestAreSparedAndUnreadableOnesKept() throws Exception {
    String saved = "20261123T120000.000Z-0000-0000"; // a saved plan's id, older than the rest
    List<String> later = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String id = Journal.newApplyId(T0.plusSeconds(i));
      finished(id, Optional.of("web"), "succeeded");
      later.add(id);
    }
    finished(saved, Optional.of("web"), "succeeded");
    String host = Journal.newApplyId(T0.plusSeconds(10));
    finished(host, Optional.empty(), "succeeded"); // a host change: no spec id
    Path garbage = Files.writeString(dir.resolve("journal/20261123T110000Z-0bad.jsonl"), "x\ny\n");

    JournalRetention.Pruned pruned = JournalRetention.prune(store(), 1, saved);

    assertEquals(later.subList(0, 2), pruned.applyIds());
    assertTrue(ids().containsAll(List.of(saved, later.get(2), host)), ids().toString());
    assertTrue(Files.exists(garbage), "a journal that cannot be read is kept");
    assertThrows(IllegalArgumentException.class, () -> JournalRetention.prune(store(), 0, saved));
  }

  @Test
  void fewJournalsAreNotEvenRead() throws Exception {
    finished(Journal.newApplyId(T0), Optional.of("web"), "succeeded");
    Files.writeString(dir.resolve("journal/20261123T110000Z-0bad.jsonl"), "x\ny\n");
    assertEquals(List.of(), JournalRetention.prune(store(), 2, "none").applyIds());
    assertEquals(2, ids().size());
  }
}
