package org.potctl.controller.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Gives the memory of finished cycles back to the system. The watcher's daemon runs on the serial
 * collector (the smallest footprint, no collector threads that wake while idle), which returns heap
 * to the system only at a full collection; without one, the objects of running cycles that survive
 * a young collection fill the old generation and the heap stays at its cap (a 100-pot watcher held
 * 199 MB RSS after 186 cycles with a 10 MB live set). So after a cycle, at most once per {@link
 * #EVERY}, a full collection shrinks the heap to its live set (docs/performance.md); and sooner
 * when back-to-back cycles (a short interval, a drift loop) have grown the committed heap by more
 * than {@link #GROWTH} since the last trim: with the 10 s rule alone, a 100-pot watcher at a 1 ms
 * interval reached its 128 MB heap cap between two trims (207 MB peak RSS in 1,500 cycles).
 */
final class HeapTrim {

  /** The least time between two trims: one per cycle at the default 60 s interval. */
  static final Duration EVERY = Duration.ofSeconds(10);

  /** The growth of the committed heap since the last trim that trims before {@link #EVERY}. */
  static final long GROWTH = 16L << 20;

  private final Clock clock;
  private final Runnable collect;
  private final LongSupplier committed;
  private Instant last = Instant.MIN;
  private long committedAfterLast;

  HeapTrim(Clock clock, Runnable collect, LongSupplier committed) {
    this.clock = clock;
    this.collect = collect;
    this.committed = committed;
  }

  /** The trim of this JVM ({@link System#gc}, the committed heap of {@link Runtime}). */
  static HeapTrim ofRuntime(Clock clock) {
    return new HeapTrim(clock, System::gc, Runtime.getRuntime()::totalMemory);
  }

  /**
   * Called after each cycle; collects when {@link #EVERY} has passed since the last collection, or
   * when the committed heap grew by more than {@link #GROWTH} since then.
   *
   * @return whether it collected
   */
  boolean afterCycle() {
    Instant now = clock.instant();
    boolean soon = last != Instant.MIN && Duration.between(last, now).compareTo(EVERY) < 0;
    if (soon && committed.getAsLong() - committedAfterLast <= GROWTH) {
      return false;
    }
    last = now;
    collect.run();
    committedAfterLast = committed.getAsLong();
    return true;
  }
}
