package org.potctl.state.statedir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals at the same moment are all counted (issue 13): the count of the last refusal's journal
 * is read and written under its count lock, and a refusal that finds the lock held writes a journal
 * of its own instead of losing its count.
 */
class RefusalCountTest {

  private static final Instant T0 = Instant.parse("2026-11-23T13:50:00Z");
  private static final int THREADS = 8;
  private static final int ROUNDS = 25;

  @TempDir Path dir;

  private String refuse() {
    return Journal.refused(
        StateStore.local(dir),
        "potctl watch /srv/s",
        Optional.of("s"),
        List.of("host is locked by pid 7"),
        InstantSource.fixed(T0));
  }

  /** Every refusal of spec s on record: the sum of the counts of its refusal journals. */
  private int counted() {
    JournalReader reader = new JournalReader(dir);
    int sum = 0;
    for (String id : reader.applyIds()) {
      ApplyJournal j = reader.read(id);
      assertTrue(j.refused(), id + ": " + j.records());
      sum += j.refusals();
    }
    return sum;
  }

  @Test
  void refusalsOfManyThreadsAtOnceAreEachCountedOnce() throws Exception {
    refuse();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Future<String>> refused = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          refused.add(
              pool.submit(
                  () -> {
                    together.await();
                    return refuse();
                  }));
        }
        for (Future<String> f : refused) {
          f.get();
        }
        assertEquals(1 + round * THREADS, counted(), "after round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
    try (var files = Files.list(dir.resolve("journal"))) {
      assertFalse(
          files.anyMatch(f -> f.toString().endsWith(RefusalJournal.COUNTING)),
          "every count lock is removed");
    }
  }

  @Test
  void aCountLockLeftByAKilledRefusalStartsANewJournalThatCountsOn() throws Exception {
    String first = refuse();
    Files.writeString(dir.resolve(RefusalJournal.countLock(first)), "");
    String second = refuse();
    assertNotEquals(first, second, "the held journal is not counted in");
    assertEquals(second, refuse());
    JournalReader reader = new JournalReader(dir);
    assertEquals(1, reader.read(first).refusals());
    assertEquals(2, reader.read(second).refusals());
    assertEquals(List.of(first, second), reader.applyIds());
  }

  @Test
  void pruningAJournalRemovesItsLeftoverCountLock() throws Exception {
    String first = refuse();
    Files.writeString(dir.resolve(RefusalJournal.countLock(first)), "");
    String second = refuse();
    JournalRetention.Pruned pruned = JournalRetention.prune(StateStore.local(dir), 1, second);
    assertEquals(List.of(first), pruned.applyIds());
    assertFalse(Files.exists(dir.resolve(RefusalJournal.countLock(first))));
    assertEquals(List.of(second), new JournalReader(dir).applyIds());
  }
}
