package org.potctl.state.statedir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.potctl.state.StateException;

/**
 * Reads the journals in {@code STATE_DIR/journal/}: which applies ran, and which steps of the last
 * one started but never finished (for crash-recovery reporting). Needs no lock.
 */
public final class JournalReader {

  private static final String SUFFIX = ".jsonl";

  private final Path dir;

  /** The journals of {@code stateDir}. */
  public JournalReader(Path stateDir) {
    this.dir = journalDir(stateDir);
  }

  static Path journalDir(Path stateDir) {
    return stateDir.toAbsolutePath().normalize().resolve("journal");
  }

  /**
   * The apply ids with a journal, sorted by name: oldest first for ids from {@link
   * Journal#newApplyId}.
   */
  public List<String> applyIds() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .filter(id -> Journal.APPLY_ID.matcher(id).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** The journal of the most recent apply, if any. */
  public Optional<ApplyJournal> last() {
    List<String> ids = applyIds();
    return ids.isEmpty() ? Optional.empty() : Optional.of(read(ids.get(ids.size() - 1)));
  }

  /**
   * The journal of {@code applyId}. A malformed last line is a torn write and left out; a malformed
   * line before the last is an error naming the file and line.
   */
  public ApplyJournal read(String applyId) {
    if (!Journal.APPLY_ID.matcher(applyId).matches()) {
      throw new IllegalArgumentException("not an apply id: " + applyId);
    }
    Path file = dir.resolve(applyId + SUFFIX);
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      throw new StateException("no journal for apply " + applyId + " in " + dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<JournalRecord> records = new ArrayList<>();
    boolean torn = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        records.add(JournalRecord.fromJsonLine(line));
      } catch (RuntimeException e) {
        if (i == lines.size() - 1) {
          torn = true;
        } else {
          throw new StateException(file + ":" + (i + 1) + ": malformed journal line", e);
        }
      }
    }
    return new ApplyJournal(applyId, records, torn);
  }
}
