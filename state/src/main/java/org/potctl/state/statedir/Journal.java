package org.potctl.state.statedir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The journal of one apply: {@code STATE_DIR/journal/<apply id>.jsonl}, one {@link JournalRecord}
 * per line, in the {@link StateStore} of the host (local, or remote over SSH). Each line reaches
 * the state directory's kernel in a single append before the method returns, so a process killed at
 * any moment leaves every line it reported whole (at most a torn last line, which {@link
 * JournalReader} ignores). Thread-safe: parallel steps may write at once.
 */
public final class Journal implements AutoCloseable {

  /**
   * What an apply id may be: a safe file and dataset name. {@link #newApplyId} makes ones like
   * {@code 20261123T135000.123Z-002a-3f9a}, which sort by start time; ids of earlier versions
   * ({@code 20261123T135000Z-3f9a}, second precision) are still read and sort among them by time.
   */
  public static final Pattern APPLY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+:-]{0,127}");

  /** How many of the newest journals {@link #refused} looks at for the same refusal. */
  static final int REFUSALS_LOOKED_AT = 20;

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final String applyId;
  private final StateStore store;
  private final String name;
  private final InstantSource clock;
  private final StateStore.Appender appender;

  private Journal(
      String applyId,
      StateStore store,
      String name,
      InstantSource clock,
      StateStore.Appender appender) {
    this.applyId = applyId;
    this.store = store;
    this.name = name;
    this.clock = clock;
    this.appender = appender;
  }

  /**
   * A fresh apply id for an apply starting at {@code now}, e.g. {@code
   * 20261123T135000.123Z-002a-3f9a}: the UTC start time to the millisecond, then a sequence number
   * of this process (four hex digits, so two ids made in one millisecond by one process sort in the
   * order they were made), then two random bytes (ids of two processes in one millisecond differ).
   * Ids sort by start time as strings.
   */
  public static String newApplyId(Instant now) {
    byte[] random = new byte[2];
    RANDOM.nextBytes(random);
    HexFormat hex = HexFormat.of();
    return ID_TIME.format(now)
        + "-"
        + hex.toHexDigits((short) SEQUENCE.getAndIncrement())
        + "-"
        + hex.formatHex(random);
  }

  /**
   * Opens the journal of apply {@code applyId} in {@code stateDir} and writes its {@code
   * apply_started} line with {@code command} (the command line).
   */
  public static Journal start(Path stateDir, String applyId, String command, InstantSource clock) {
    return start(StateStore.local(stateDir), applyId, command, Optional.empty(), clock);
  }

  /**
   * Opens the journal of apply {@code applyId} in {@code stateDir} and writes its {@code
   * apply_started} line with {@code command} (the command line) and the spec id it applies.
   */
  public static Journal start(
      Path stateDir, String applyId, String command, Optional<String> specId, InstantSource clock) {
    return start(StateStore.local(stateDir), applyId, command, specId, clock);
  }

  /**
   * Opens the journal of apply {@code applyId} in the state directory {@code store} reaches and
   * writes its {@code apply_started} line with {@code command} (the command line).
   */
  public static Journal start(
      StateStore store, String applyId, String command, InstantSource clock) {
    return start(store, applyId, command, Optional.empty(), clock);
  }

  /**
   * Opens the journal of apply {@code applyId} in the state directory {@code store} reaches and
   * writes its {@code apply_started} line with {@code command} (the command line) and the spec id
   * it applies, which the next plan of that spec reads to recognise what this apply left half-done.
   */
  public static Journal start(
      StateStore store,
      String applyId,
      String command,
      Optional<String> specId,
      InstantSource clock) {
    if (!APPLY_ID.matcher(applyId).matches()) {
      throw new IllegalArgumentException("not an apply id: " + applyId);
    }
    String name = JournalReader.DIR + "/" + applyId + JournalReader.SUFFIX;
    StateStore.Appender appender = store.create(name);
    Journal journal = new Journal(applyId, store, name, clock, appender);
    try {
      journal.write(
          JournalRecord.Event.APPLY_STARTED, null, null, List.of(), null, command, specId, null);
    } catch (RuntimeException e) {
      appender.close();
      throw e;
    }
    return journal;
  }

  /**
   * Records an apply that was refused before any step ran: a journal of one {@code apply_refused}
   * line with the refusal's reasons (one per line) and the spec id, so a refusal is on record and
   * never looks like a killed apply ({@code apply_started} without {@code apply_finished}). When
   * the newest journal of that spec id (among the newest {@value #REFUSALS_LOOKED_AT}) records the
   * same refusal (same command line and reasons: for a held lock the same holder), that line is
   * counted once more ({@code count}, {@code last_time}; the file is replaced whole) instead, so a
   * watcher refused every cycle by one holder leaves one journal. Otherwise a journal of its own,
   * under a fresh id (also when another apply holds the lock: a refusal's journal is never appended
   * to).
   *
   * @return the apply id of the journal written or counted in
   */
  public static String refused(
      StateStore store,
      String command,
      Optional<String> specId,
      List<String> reasons,
      InstantSource clock) {
    String message = command + "\n" + String.join("\n", reasons);
    Instant now = clock.instant();
    Optional<ApplyJournal> same = sameRefusal(store, specId, message);
    if (same.isPresent()) {
      JournalRecord line = same.get().records().get(0).repeatedAt(now);
      store.replace(
          JournalReader.DIR + "/" + same.get().applyId() + JournalReader.SUFFIX,
          line.toJsonLine() + "\n");
      return same.get().applyId();
    }
    String applyId = newApplyId(now);
    String name = JournalReader.DIR + "/" + applyId + JournalReader.SUFFIX;
    try (Journal journal = new Journal(applyId, store, name, clock, store.create(name))) {
      journal.write(
          JournalRecord.Event.APPLY_REFUSED, null, null, List.of(), null, message, specId, null);
    }
    return applyId;
  }

  private static Optional<ApplyJournal> sameRefusal(
      StateStore store, Optional<String> specId, String message) {
    try {
      return new JournalReader(store)
          .newestOf(specId, REFUSALS_LOOKED_AT)
          .filter(j -> j.records().size() == 1 && j.refused())
          .filter(j -> j.records().get(0).message().equals(Optional.of(message)));
    } catch (RuntimeException e) {
      // the journals cannot be listed or read: the refusal gets a journal of its own
      return Optional.empty();
    }
  }

  /** This apply's id. */
  public String applyId() {
    return applyId;
  }

  /** The journal file, on this machine; for a remote one use {@link #location()}. */
  public Path file() {
    if (store instanceof LocalStateStore local) {
      return local.dir().resolve(name);
    }
    throw new UnsupportedOperationException(location() + " is not on this machine");
  }

  /** The journal file in messages, e.g. {@code /var/db/potctl/journal/ID.jsonl}. */
  public String location() {
    return store.location() + "/" + name;
  }

  /**
   * Whether lines still reach the journal: false once the connection to a remote state directory
   * dropped (then an apply starts no further step).
   */
  public boolean healthy() {
    return appender.healthy();
  }

  /** Step {@code step} on {@code address} is about to run {@code argv}; its kind is not known. */
  public void stepStarted(int step, String address, List<String> argv) {
    write(
        JournalRecord.Event.STEP_STARTED, step, address, argv, null, null, Optional.empty(), null);
  }

  /**
   * Step {@code step} of kind {@code kind} (a step kind code, e.g. {@code create-pot}) on {@code
   * address} is about to run {@code argv}.
   */
  public void stepStarted(int step, String address, String kind, List<String> argv) {
    write(
        JournalRecord.Event.STEP_STARTED, step, address, argv, null, null, Optional.empty(), kind);
  }

  /** Step {@code step} succeeded after {@code took}. */
  public void stepFinished(int step, String address, Duration took) {
    write(
        JournalRecord.Event.STEP_FINISHED,
        step,
        address,
        List.of(),
        took,
        null,
        Optional.empty(),
        null);
  }

  /** Step {@code step} failed after {@code took} with {@code error}. */
  public void stepFailed(int step, String address, Duration took, String error) {
    write(
        JournalRecord.Event.STEP_FAILED,
        step,
        address,
        List.of(),
        took,
        error,
        Optional.empty(),
        null);
  }

  /** Step {@code step} was not run, for {@code reason} (e.g. a dependency failed). */
  public void stepSkipped(int step, String address, String reason) {
    write(
        JournalRecord.Event.STEP_SKIPPED,
        step,
        address,
        List.of(),
        null,
        reason,
        Optional.empty(),
        null);
  }

  /** The apply ended with {@code outcome} (e.g. {@code ok}, {@code failed}, {@code stopped}). */
  public void applyFinished(String outcome) {
    write(
        JournalRecord.Event.APPLY_FINISHED,
        null,
        null,
        List.of(),
        null,
        outcome,
        Optional.empty(),
        null);
  }

  private synchronized void write(
      JournalRecord.Event event,
      Integer step,
      String address,
      List<String> argv,
      Duration took,
      String message,
      Optional<String> specId,
      String kind) {
    JournalRecord record =
        new JournalRecord(
            event,
            clock.instant(),
            step == null ? OptionalInt.empty() : OptionalInt.of(step),
            Optional.ofNullable(address),
            argv,
            Optional.ofNullable(took),
            Optional.ofNullable(message),
            specId,
            Optional.ofNullable(kind));
    appender.append(record.toJsonLine());
  }

  /** Syncs the journal to disk and closes it. */
  @Override
  public synchronized void close() {
    appender.close();
  }
}
