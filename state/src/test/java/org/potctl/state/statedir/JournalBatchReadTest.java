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
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.StateException;

/**
 * The journal reader reads journals in doubling batches ({@link StateStore#readEach}: one round
 * trip each for a remote state directory) instead of one read per journal, and one unreadable
 * journal in a batch is read alone: passed over where a missing journal costs nothing, an error
 * where it could hide what an apply left half-done. The oracle is the journals as written here.
 */
class JournalBatchReadTest {

  private static final Instant T0 = Instant.parse("2026-11-23T13:50:00Z");

  @TempDir Path dir;

  /** A local store that counts its reads and refuses to read one file, as a remote one would. */
  private static class Counting implements StateStore {
    private final StateStore local;
    private final String refused;
    int reads;
    int batches;

    Counting(Path dir, String refused) {
      this.local = StateStore.local(dir);
      this.refused = refused;
    }

    @Override
    public String location() {
      return local.location();
    }

    @Override
    public Optional<String> read(String name) {
      reads++;
      if (name.equals(refused)) {
        throw new StateException(name + " is a symbolic link");
      }
      return local.read(name);
    }

    @Override
    public SortedMap<String, String> readEach(List<String> names) {
      batches++;
      if (names.contains(refused)) {
        throw new StateException(refused + " is a symbolic link");
      }
      int before = reads;
      SortedMap<String, String> all = StateStore.super.readEach(names);
      reads = before;
      return all;
    }

    @Override
    public List<String> list(String name) {
      return local.list(name);
    }

    @Override
    public void delete(List<String> names) {
      local.delete(names);
    }

    @Override
    public void replace(String name, String content) {
      local.replace(name, content);
    }

    @Override
    public Appender create(String name) {
      return local.create(name);
    }

    @Override
    public Optional<Lease> tryLock(LockHolder holder) {
      return local.tryLock(holder);
    }
  }

  /** {@code n} journals of spec s, the oldest succeeded, the others failed; ids oldest first. */
  private List<String> journals(int n) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = Journal.newApplyId(T0.plusSeconds(i));
      try (Journal j =
          Journal.start(
              dir, id, "potctl apply", Optional.of("s"), InstantSource.fixed(T0.plusSeconds(i)))) {
        j.applyFinished(i == 0 ? "succeeded" : "failed");
      }
      ids.add(id);
    }
    return ids;
  }

  @Test
  void theNewestJournalsAreReadInDoublingBatches() throws Exception {
    List<String> ids = journals(120);
    Counting store = new Counting(dir, "none");
    List<ApplyJournal> found = new JournalReader(store).unsuccessfulSince("s", 50);
    assertEquals(ids.reversed().subList(0, 50), found.stream().map(ApplyJournal::applyId).toList());
    assertEquals(6, store.batches, "50 journals in batches of 1, 2, 4, 8, 16 and 19");
    assertEquals(0, store.reads, "no journal read alone");

    store.batches = 0;
    List<ApplyJournal> all = new JournalReader(store).unsuccessfulSince("s", 200);
    assertEquals(119, all.size(), "every failed one, down to the one that succeeded");
    assertEquals(7, store.batches, "120 journals: 1, 2, 4, 8, 16, 32 and the last 57");
    store.batches = 0;
    assertEquals(
        Optional.of(ids.get(119)),
        new JournalReader(store).newestOf(Optional.of("s"), 50).map(ApplyJournal::applyId));
    assertEquals(1, store.batches, "the newest is the one: a batch of one");
  }

  @Test
  void anUnreadableJournalInABatchIsPassedOverAloneTheOthersAreStillRead() throws Exception {
    List<String> ids = journals(10);
    String bad = NewestJournals.name(ids.get(5));
    Counting store = new Counting(dir, bad);
    List<String> refusals =
        new JournalReader(store)
            .refusalsSinceLastRun("nobody", 50).stream().map(ApplyJournal::applyId).toList();
    assertEquals(List.of(), refusals);
    assertEquals(4, store.reads, "only its batch (the 4th to 7th newest) read one by one");
    assertTrue(Files.exists(dir.resolve(bad)), "nothing removed");
  }

  @Test
  void anUnreadableJournalIsNeverTakenForNoInterruptions() throws Exception {
    List<String> ids = journals(10);
    String bad = NewestJournals.name(ids.get(5));
    Counting store = new Counting(dir, bad);
    StateException e =
        assertThrows(
            StateException.class, () -> new JournalReader(store).unsuccessfulSince("s", 50));
    assertTrue(e.getMessage().contains(bad), e.getMessage());
    assertTrue(Files.exists(dir.resolve(bad)), "nothing removed");
  }

  @Test
  void aJournalMalformedBeforeItsLastLineIsAnErrorNamingFileAndLine() throws Exception {
    List<String> ids = journals(3);
    Path file = dir.resolve(NewestJournals.name(ids.get(1)));
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.add(1, "{not json");
    Files.write(file, lines);
    StateException e =
        assertThrows(
            StateException.class,
            () -> new JournalReader(StateStore.local(dir)).unsuccessfulSince("s", 50));
    assertTrue(e.getMessage().contains(file + ":2: malformed journal line"), e.getMessage());
  }

  @Test
  void aJournalGoneSinceTheListingIsPassedOver() throws Exception {
    List<String> ids = journals(3);
    StateStore local = StateStore.local(dir);
    StateStore pruning =
        new Counting(dir, "none") {
          @Override
          public SortedMap<String, String> readEach(List<String> names) {
            local.delete(List.of(NewestJournals.name(ids.get(1))));
            return super.readEach(names);
          }
        };
    assertEquals(
        List.of(ids.get(2)),
        new JournalReader(pruning)
            .unsuccessfulSince("s", 50).stream().map(ApplyJournal::applyId).toList());
  }
}
