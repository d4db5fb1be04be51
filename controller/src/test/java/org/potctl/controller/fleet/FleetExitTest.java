package org.potctl.controller.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetExitTest {

  @Test
  void errorBeatsRefusedBeatsChangesBeatsOk() {
    assertEquals(0, FleetExit.aggregate(List.of()));
    assertEquals(0, FleetExit.aggregate(List.of(0, 0)));
    assertEquals(2, FleetExit.aggregate(List.of(0, 2, 0)));
    assertEquals(3, FleetExit.aggregate(List.of(2, 3, 0)));
    assertEquals(3, FleetExit.aggregate(List.of(3, 2)));
    assertEquals(1, FleetExit.aggregate(List.of(3, 1, 2)));
    assertEquals(1, FleetExit.aggregate(List.of(1, 3)));
  }

  @Test
  void anyOtherCodeCountsAsAnError() {
    assertEquals(1, FleetExit.aggregate(List.of(2, 64)));
    assertEquals(1, FleetExit.aggregate(List.of(3, 127)));
    assertEquals(1, FleetExit.aggregate(List.of(-1)));
  }
}
