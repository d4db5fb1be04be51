package org.potctl.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The one stop condition applies and host changes share (issue 13): a lost lock stops the run and
 * is said once; the operator's stop request stops it without a lost-lock notice.
 */
class LostLockStopTest {

  @Test
  void aLostLockStopsFurtherStepsAndIsSaidOnce() {
    AtomicBoolean lost = new AtomicBoolean();
    List<String> notices = new ArrayList<>();
    LostLockStop stop = new LostLockStop(() -> false, lost::get, notices::add);
    assertFalse(stop.getAsBoolean());
    lost.set(true);
    assertTrue(stop.getAsBoolean());
    assertTrue(stop.getAsBoolean());
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(
        notices.get(0).contains("host lock or journal on the host was lost"), notices.get(0));
  }

  @Test
  void aStopRequestStopsWithoutALostLockNotice() {
    List<String> notices = new ArrayList<>();
    LostLockStop stop = new LostLockStop(() -> true, () -> true, notices::add);
    assertTrue(stop.getAsBoolean());
    assertEquals(List.of(), notices);
  }
}
