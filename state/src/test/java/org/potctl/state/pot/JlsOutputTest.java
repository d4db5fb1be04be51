package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Jail;

class JlsOutputTest {

  @Test
  void readsParameterModeJson() {
    String json =
        """
        {"__version": "2", "jail-information": {"jail": [
          {"jid":3,"name":"web","path":"/opt/pot/jails/web/m","dying":false},
          {"jid":"7","name":"db","path":"/opt/pot/jails/db/m","dying":true}
        ]}}
        """;
    assertEquals(
        List.of(
            new Jail(3, "web", "/opt/pot/jails/web/m", false),
            new Jail(7, "db", "/opt/pot/jails/db/m", true)),
        JlsOutput.parse("jls", json));
  }

  @Test
  void noJailsIsAnEmptyListOrEmptyOutput() {
    assertEquals(
        List.of(),
        JlsOutput.parse("jls", "{\"__version\": \"2\", \"jail-information\": {\"jail\": []}}"));
    assertEquals(List.of(), JlsOutput.parse("jls", ""));
    assertEquals(
        List.of(), JlsOutput.parse("jls", "{\"__version\": \"2\", \"jail-information\": {}}"));
  }

  @Test
  void brokenJsonNamesSourceAndLine() {
    ParseException e =
        assertThrows(ParseException.class, () -> JlsOutput.parse("jls -d", "{\n\"x\": [\n"));
    assertEquals("jls -d", e.source());
  }

  @Test
  void jailWithoutNameIsAnError() {
    assertThrows(
        ParseException.class,
        () -> JlsOutput.parse("jls", "{\"jail-information\": {\"jail\": [{\"jid\": 1}]}}"));
    assertThrows(ParseException.class, () -> JlsOutput.parse("jls", "{\"other\": 1}"));
    assertThrows(
        ParseException.class,
        () -> JlsOutput.parse("jls", "{\"jail-information\": {\"jail\": 3}}"));
  }
}
