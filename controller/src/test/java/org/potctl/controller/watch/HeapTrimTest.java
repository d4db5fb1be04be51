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
    HeapTrim trim = new HeapTrim(clock, collections::incrementAndGet);
    assertTrue(trim.afterCycle());
    now[0] = t0.plus(Duration.ofSeconds(9));
    assertFalse(trim.afterCycle(), "a cycle 9 s later: not yet");
    now[0] = t0.plus(HeapTrim.EVERY);
    assertTrue(trim.afterCycle());
    now[0] = t0.plus(Duration.ofSeconds(80));
    assertTrue(trim.afterCycle(), "an idle interval of a minute: one collection per cycle");
    assertEquals(3, collections.get());
  }
}
