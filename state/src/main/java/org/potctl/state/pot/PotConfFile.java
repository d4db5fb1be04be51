package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.state.files.ParseException;

/**
 * A pot.conf as written: {@code key=value} lines, split on the first {@code =} only, every
 * occurrence kept in file order (pot.md §2.1: keys such as {@code pot.depend} repeat, line order is
 * not meaningful). Blank lines and {@code #} comments are skipped; any other line without {@code =}
 * is an error naming the file and line.
 *
 * @param source the file's path, for messages
 * @param entries the lines in file order
 */
public record PotConfFile(String source, List<Entry> entries) {

  /**
   * One line.
   *
   * @param key text before the first {@code =}
   * @param value text after it, verbatim
   * @param line the 1-based line number
   */
  public record Entry(String key, String value, int line) {}

  public PotConfFile {
    entries = List.copyOf(entries);
  }

  /** Parses pot.conf text; {@code source} names the file in errors. */
  public static PotConfFile parse(String source, String text) {
    List<Entry> entries = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new ParseException(source, i + 1, "expected key=value: '" + line + "'");
      }
      entries.add(new Entry(line.substring(0, eq).trim(), line.substring(eq + 1), i + 1));
    }
    return new PotConfFile(source, entries);
  }

  /** The last value of a key (pot appends on update), if present. */
  public Optional<String> last(String key) {
    return lastEntry(key).map(Entry::value);
  }

  /** The last line of a key, if present. */
  public Optional<Entry> lastEntry(String key) {
    Entry found = null;
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every line of a key, in file order. */
  public List<Entry> all(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).toList();
  }

  /** An error at {@code entry}'s line of this file. */
  ParseException error(Entry entry, String problem) {
    return new ParseException(source, entry.line(), problem);
  }
}
