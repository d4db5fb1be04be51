package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.potctl.state.model.PortExport;
import org.potctl.state.model.Protocol;

class ExportPortsTest {

  @Test
  void firstNumberIsThePotPortSecondTheHostPort() {
    assertEquals(
        new PortExport(Protocol.TCP, 80, OptionalInt.of(30000)), ExportPorts.parse("80:30000"));
    assertEquals(
        new PortExport(Protocol.UDP, 53, OptionalInt.of(30053)), ExportPorts.parse("udp:53:30053"));
    assertEquals(
        new PortExport(Protocol.TCP, 22, OptionalInt.empty()), ExportPorts.parse("tcp:22"));
    assertEquals("udp:53:30053", ExportPorts.parse("udp:53:30053").toPotArgument());
    assertEquals("80", ExportPorts.parse("tcp:80").toPotArgument());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "80000", "-1", "80:", ":80", "12 34", "sctp:80", "0", "1:2:3"})
  void rejectsWhatPotRejects(String item) {
    assertThrows(IllegalArgumentException.class, () -> ExportPorts.parse(item));
  }
}
