package org.potctl.controller.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Gives the memory of finished cycles back to the system. The watcher's daemon runs on the serial
 * collector (the smallest footprint, no collector threads that wake while idle), which returns heap
 * to the system only at a full collection; without one, the objects of running cycles that survive
 * a young collection fill the old generation and the heap stays at its cap (a 100-pot watcher held
 * 199 MB RSS after 186 cycles with a 10 MB live set). So after a cycle, at most once per {@link
 * #EVERY}, a full collection shrinks the heap to its live set (docs/performance.md).
 */
final class HeapTrim {

  /** The least time between two trims: one per cycle at the default 60 s interval. */
  static final Duration EVERY = Duration.ofSeconds(10);

  private final Clock clock;
  private final Runnable collect;
  private Instant last = Instant.MIN;

  HeapTrim(Clock clock, Runnable collect) {
    this.clock = clock;
    this.collect = collect;
  }

  /** The trim of this JVM ({@link System#gc}). */
  static HeapTrim ofRuntime(Clock clock) {
    return new HeapTrim(clock, System::gc);
  }

  /**
   * Called after each cycle; collects when {@link #EVERY} has passed since the last collection.
   *
   * @return whether it collected
   */
  boolean afterCycle() {
    Instant now = clock.instant();
    if (last != Instant.MIN && Duration.between(last, now).compareTo(EVERY) < 0) {
      return false;
    }
    last = now;
    collect.run();
    return true;
  }
}
