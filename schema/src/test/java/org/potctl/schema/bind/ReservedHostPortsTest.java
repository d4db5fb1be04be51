package org.potctl.schema.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReservedHostPortsTest {

  @Test
  void theDefaultReservesSshOnly() {
    assertTrue(ReservedHostPorts.DEFAULT.problem(22).isPresent());
    assertEquals(Optional.empty(), ReservedHostPorts.DEFAULT.problem(2222));
    assertEquals(Optional.empty(), ReservedHostPorts.DEFAULT.problem(21));
    assertEquals("22", ReservedHostPorts.DEFAULT.toString());
  }

  @Test
  void portsAndRangesParseAndPrintJoined() {
    ReservedHostPorts r = ReservedHostPorts.parse("8002,22,8000-8001,65535");
    assertEquals("22,8000-8002,65535", r.parseable());
    assertTrue(r.problem(8001).isPresent());
    assertTrue(r.problem(65535).isPresent());
    assertEquals(Optional.empty(), r.problem(8003));
    assertEquals(
        Optional.of(
            "host port 8000 is reserved for the host's own services (reserved:"
                + " 22,8000-8002,65535; the operator's --reserved-host-ports)"),
        r.problem(8000));
  }

  @Test
  void theEmptyTextReservesNothing() {
    ReservedHostPorts none = ReservedHostPorts.parse("");
    assertEquals(Optional.empty(), none.problem(22));
    assertEquals("none", none.toString());
    assertEquals("", none.parseable());
    assertTrue(none.with(9000).problem(9000).isPresent());
    assertEquals(Optional.empty(), none.with(0).problem(0));
  }

  @Test
  void anythingElseIsRefusedNamingThePart() {
    for (String bad :
        new String[] {
          "0", "65536", "022", "-1", "9-2", "1-2-3", "22,", ",22", "ssh", " 22", "+22"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ReservedHostPorts.parse(bad), bad);
      assertTrue(
          e.getMessage().startsWith("not a host port (1-65535) or a range LOW-HIGH: '"), bad);
    }
  }
}
