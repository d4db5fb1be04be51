package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Bridge;

class BridgeFileTest {

  @Test
  void readsTheThreeLinesInAnyOrder() {
    Bridge b =
        BridgeFile.parse(
            "/opt/pot/bridges/mybridge",
            "mybridge",
            "name=mybridge\n# potnet ignores comments\nnet=10.192.0.16/29\ngateway=10.192.0.17\n");
    assertEquals(new Bridge("mybridge", "10.192.0.16/29", "10.192.0.17"), b);
    assertEquals(29, b.prefixLength());
  }

  @Test
  void missingGatewayIsAnError() {
    ParseException e =
        assertThrows(
            ParseException.class, () -> BridgeFile.parse("/b/x", "x", "net=10.192.0.16/29\n"));
    assertEquals("/b/x:1: missing gateway= line", e.getMessage());
  }

  @Test
  void garbageLineNamesItsLine() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> BridgeFile.parse("/b/x", "x", "net=10.192.0.16/29\noops\n"));
    assertEquals("/b/x:2: expected key=value: 'oops'", e.getMessage());
    assertThrows(
        ParseException.class, () -> BridgeFile.parse("/b/x", "x", "net=10.192.0/29\ngateway=1\n"));
  }
}
