package org.potctl.state.statedir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
  public static final Pattern APPLY_ID = ApplyIds.PATTERN;

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

  /** A fresh apply id for an apply starting at {@code now} ({@link ApplyIds#newId}). */
  public static String newApplyId(Instant now) {
    return ApplyIds.newId(now);
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
   * Opens the journal of host change {@code applyId} ({@code adopt}, {@code forget}, …: no spec id
   * of its own) in the state directory {@code store} reaches and writes its {@code apply_started}
   * line with {@code command} (the command line) and {@code touched}, the spec ids whose objects it
   * changes, which the plans of those specs read to report the change when it was killed.
   */
  public static Journal startHostChange(
      StateStore store,
      String applyId,
      String command,
      Collection<String> touched,
      InstantSource clock) {
    return open(
        store,
        applyId,
        clock,
        started(command, Optional.empty(), clock)
            .touching(touched.stream().sorted().distinct().toList()));
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
    return open(store, applyId, clock, started(command, specId, clock));
  }

  private static JournalRecord started(
      String command, Optional<String> specId, InstantSource clock) {
    return new JournalRecord(
        JournalRecord.Event.APPLY_STARTED,
        clock.instant(),
        OptionalInt.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.of(command),
        specId,
        Optional.empty());
  }

  private static Journal open(
      StateStore store, String applyId, InstantSource clock, JournalRecord started) {
    if (!APPLY_ID.matcher(applyId).matches()) {
      throw new IllegalArgumentException("not an apply id: " + applyId);
    }
    String name = JournalReader.DIR + "/" + applyId + JournalReader.SUFFIX;
    StateStore.Appender appender = store.create(name);
    Journal journal = new Journal(applyId, store, name, clock, appender);
    try {
      journal.write(started);
    } catch (RuntimeException e) {
      appender.close();
      throw e;
    }
    return journal;
  }

  /**
   * Records an apply that was refused before any step ran, or counts it once more in the journal of
   * the same last refusal ({@link RefusalJournal#record}).
   *
   * @return the apply id of the journal written or counted in
   */
  public static String refused(
      StateStore store,
      String command,
      Optional<String> specId,
      List<String> reasons,
      InstantSource clock) {
    return RefusalJournal.record(store, command, specId, reasons, clock);
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
    write(JournalRecord.Event.STEP_STARTED, step, address, argv, null, null, null);
  }

  /**
   * Step {@code step} of kind {@code kind} (a step kind code, e.g. {@code create-pot}) on {@code
   * address} is about to run {@code argv}.
   */
  public void stepStarted(int step, String address, String kind, List<String> argv) {
    write(JournalRecord.Event.STEP_STARTED, step, address, argv, null, null, kind);
  }

  /** Step {@code step} succeeded after {@code took}. */
  public void stepFinished(int step, String address, Duration took) {
    write(JournalRecord.Event.STEP_FINISHED, step, address, List.of(), took, null, null);
  }

  /** Step {@code step} failed after {@code took} with {@code error}. */
  public void stepFailed(int step, String address, Duration took, String error) {
    write(JournalRecord.Event.STEP_FAILED, step, address, List.of(), took, error, null);
  }

  /** Step {@code step} was not run, for {@code reason} (e.g. a dependency failed). */
  public void stepSkipped(int step, String address, String reason) {
    write(JournalRecord.Event.STEP_SKIPPED, step, address, List.of(), null, reason, null);
  }

  /** The apply ended with {@code outcome} (e.g. {@code ok}, {@code failed}, {@code stopped}). */
  public void applyFinished(String outcome) {
    write(JournalRecord.Event.APPLY_FINISHED, null, null, List.of(), null, outcome, null);
  }

  private synchronized void write(
      JournalRecord.Event event,
      Integer step,
      String address,
      List<String> argv,
      Duration took,
      String message,
      String kind) {
    write(
        new JournalRecord(
            event,
            clock.instant(),
            step == null ? OptionalInt.empty() : OptionalInt.of(step),
            Optional.ofNullable(address),
            argv,
            Optional.ofNullable(took),
            Optional.ofNullable(message),
            Optional.empty(),
            Optional.ofNullable(kind)));
  }

  private synchronized void write(JournalRecord record) {
    appender.append(record.toJsonLine());
  }

  /** Syncs the journal to disk and closes it. */
  @Override
  public synchronized void close() {
    appender.close();
  }
}
