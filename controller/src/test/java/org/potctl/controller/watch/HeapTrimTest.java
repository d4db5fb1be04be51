package org.potctl.controller.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeapTrimTest {

  @Test
  void collectsAfterTheFirstCycleThenAtMostOncePerTenSeconds() {
    Instant t0 = Instant.parse("2026-12-02T00:00:00Z");
    Instant[] now = {t0};
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    AtomicInteger collections = new AtomicInteger();
    long[] heap = {20L << 20};
    HeapTrim trim = new HeapTrim(clock, collections::incrementAndGet, () -> heap[0]);
    assertTrue(trim.afterCycle());
    now[0] = t0.plus(Duration.ofSeconds(9));
    assertFalse(trim.afterCycle(), "a cycle 9 s later: not yet");
    now[0] = t0.plus(HeapTrim.EVERY);
    assertTrue(trim.afterCycle());
    now[0] = t0.plus(Duration.ofSeconds(80));
    assertTrue(trim.afterCycle(), "an idle interval of a minute: one collection per cycle");
    assertEquals(3, collections.get());
    now[0] = t0.plus(Duration.ofSeconds(81));
    heap[0] += HeapTrim.GROWTH;
    assertFalse(trim.afterCycle(), "grown by GROWTH exactly, 1 s later: not yet");
    heap[0] += 1;
    assertTrue(trim.afterCycle(), "grown by more than GROWTH since the last trim: now");
    heap[0] = 22L << 20;
    assertFalse(trim.afterCycle(), "shrunk back: the growth counts from after the trim");
    assertEquals(4, collections.get());
  }
}
