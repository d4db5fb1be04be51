package org.potctl.controller;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.potctl.controller.apply.ApplyGuards;
import org.potctl.state.statedir.JournalRetention;

/**
 * How to apply: the guards, the lock, the walk.
 *
 * @param command the command line, recorded as the lock holder and in the journal
 * @param lockWait how long to wait for another potctl holding the host lock (zero: refuse at once)
 * @param guards the safety guards ({@code --allow-data-loss}, {@code --max-destroy}, empty spec)
 * @param dryRun plan under the lock, check the guards, run nothing
 * @param parallelism at most this many steps at once
 * @param stopRequested polled between steps: true lets running steps finish and starts no other
 * @param journalsKept journals kept per spec id when a run prunes the state directory ({@code
 *     journals-kept} of potctl.conf, {@link JournalRetention})
 */
public record ApplyRequest(
    String command,
    Duration lockWait,
    ApplyGuards guards,
    boolean dryRun,
    int parallelism,
    BooleanSupplier stopRequested,
    int journalsKept) {

  public ApplyRequest {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(lockWait, "lockWait");
    Objects.requireNonNull(guards, "guards");
    Objects.requireNonNull(stopRequested, "stopRequested");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    if (journalsKept < 1) {
      throw new IllegalArgumentException("journals kept must be at least 1");
    }
  }

  /**
   * {@code command} with no lock wait, default guards, parallelism 4, never stopped, the default
   * number of journals kept.
   */
  public static ApplyRequest of(String command) {
    return new ApplyRequest(
        command,
        Duration.ZERO,
        new ApplyGuards(false, OptionalInt.empty(), true),
        false,
        4,
        () -> false,
        JournalRetention.DEFAULT_KEPT);
  }

  /** This request with other guards. */
  public ApplyRequest withGuards(ApplyGuards guards) {
    return new ApplyRequest(
        command, lockWait, guards, dryRun, parallelism, stopRequested, journalsKept);
  }

  /** This request waiting up to {@code wait} for the host lock. */
  public ApplyRequest withLockWait(Duration wait) {
    return new ApplyRequest(
        command, wait, guards, dryRun, parallelism, stopRequested, journalsKept);
  }

  /** This request as a dry run (or not). */
  public ApplyRequest withDryRun(boolean dryRun) {
    return new ApplyRequest(
        command, lockWait, guards, dryRun, parallelism, stopRequested, journalsKept);
  }

  /** This request with at most {@code n} steps at once. */
  public ApplyRequest withParallelism(int n) {
    return new ApplyRequest(command, lockWait, guards, dryRun, n, stopRequested, journalsKept);
  }

  /** This request keeping {@code n} journals per spec id when it prunes. */
  public ApplyRequest withJournalsKept(int n) {
    return new ApplyRequest(command, lockWait, guards, dryRun, parallelism, stopRequested, n);
  }

  /** This request stopping when {@code stop} says so. */
  public ApplyRequest withStop(BooleanSupplier stop) {
    return new ApplyRequest(command, lockWait, guards, dryRun, parallelism, stop, journalsKept);
  }
}
