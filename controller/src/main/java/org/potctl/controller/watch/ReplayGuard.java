package org.potctl.controller.watch;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * A bounded memory of the keys of accepted requests (delivery ids, body signatures): a key is
 * accepted once; past {@link #capacity} keys the oldest are forgotten. Only signed requests are
 * remembered, so an unsigned client cannot push real deliveries out of the memory.
 */
final class ReplayGuard {

  /** The keys remembered by default. */
  static final int DEFAULT_CAPACITY = 4096;

  private final int capacity;
  private final SequencedSet<String> seen = new LinkedHashSet<>();

  ReplayGuard(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  int capacity() {
    return capacity;
  }

  /**
   * Remembers all of {@code keys} and returns true, unless one of them was seen before: then
   * remembers none and returns false.
   */
  synchronized boolean firstTime(List<String> keys) {
    if (keys.stream().anyMatch(seen::contains)) {
      return false;
    }
    seen.addAll(keys);
    Iterator<String> oldest = seen.iterator();
    while (seen.size() > capacity) {
      oldest.next();
      oldest.remove();
    }
    return true;
  }
}
