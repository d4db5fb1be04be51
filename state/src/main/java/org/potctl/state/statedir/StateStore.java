package org.potctl.state.statedir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where potctl's state directory (DESIGN §3.5) lives and how it is reached: a directory on this
 * machine ({@link #local}) or on a remote host over SSH ({@code
 * org.potctl.state.ssh.SshStateStore}). {@link HostLock}, {@link Journal}, {@link JournalReader}
 * and {@link Inventory} work through it, so callers do not care where the files are ({@code
 * Host.state()} gives a connected host's). Names are relative to the state directory ({@code
 * inventory.json}, {@code journal/ID.jsonl}).
 */
public interface StateStore {

  /** The state directory in messages: {@code /var/db/potctl}, {@code ssh://h:/var/db/potctl}. */
  String location();

  /** The content of {@code name}, or empty if it does not exist. */
  Optional<String> read(String name);

  /**
   * The entries of directory {@code name}, sorted; empty if it does not exist.
   *
   * @throws org.potctl.state.StateException when {@code name} exists but is not a directory (it
   *     would read as empty: a journal directory replaced by a file as "no journals")
   */
  List<String> list(String name);

  /**
   * The content of every file directly in directory {@code name}, by file name, sorted; empty if it
   * does not exist. A remote store reads them all in one round trip.
   */
  default SortedMap<String, String> readAll(String name) {
    SortedMap<String, String> all = new TreeMap<>();
    for (String file : list(name)) {
      read(name + "/" + file).ifPresent(content -> all.put(file, content));
    }
    return all;
  }

  /**
   * The content of each file of {@code names} that exists, by name. A remote store reads them all
   * in one round trip; when one of them cannot be read (a link, another user's file), the whole
   * call fails, as {@link #read} would for that one.
   */
  default SortedMap<String, String> readEach(List<String> names) {
    SortedMap<String, String> found = new TreeMap<>();
    for (String name : names) {
      read(name).ifPresent(content -> found.put(name, content));
    }
    return found;
  }

  /**
   * Deletes the files {@code names} (a missing one is no error; a symbolic link is removed, never
   * followed), in one round trip for a remote store.
   */
  void delete(List<String> names);

  /** Replaces {@code name} whole with {@code content}; a reader never sees it half written. */
  void replace(String name, String content);

  /**
   * Creates {@code name} (which must not exist yet) for appending lines.
   *
   * @throws IllegalStateException if it exists
   */
  Appender create(String name);

  /**
   * Takes the exclusive host lock for {@code holder} once, without waiting, and records the holder
   * in {@code lock.json}; empty if another process holds it.
   */
  Optional<Lease> tryLock(LockHolder holder);

  /** The current holder of the lock, from {@code lock.json}, if one is recorded and parses. */
  default Optional<LockHolder> holder() {
    try {
      return read("lock.json").map(LockHolder::fromJson);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The state directory {@code dir} on this machine. */
  static StateStore local(Path dir) {
    return new LocalStateStore(dir);
  }

  /** A file being appended to, line by line. */
  interface Appender extends AutoCloseable {

    /**
     * Appends {@code line} (no newline in it) and a newline; when this returns the line is on the
     * state directory's host (in its kernel), so a crash of potctl loses nothing it wrote.
     */
    void append(String line);

    /** Whether appends still reach the file (false once a remote connection dropped). */
    default boolean healthy() {
      return true;
    }

    /** Syncs and closes the file. */
    @Override
    void close();
  }

  /** A held host lock; {@link #close()} removes {@code lock.json} and releases it. */
  interface Lease extends AutoCloseable {

    /** Whether the lock was lost (its holder process or connection ended) before close. */
    default boolean lost() {
      return false;
    }

    /** Releases the lock (idempotent). */
    @Override
    void close();
  }
}
