package org.potctl.controller.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON writer escapes exactly the characters text output hides ({@link Text#isControl}) as
 * {@code \}{@code uXXXX}, and reads back equal; legit non-ASCII stays UTF-8 in files and HTTP
 * bodies.
 */
class JsonOutputTest {

  /** U+202E (right-to-left override), U+2066, U+200B, U+2028, BEL, DEL, a C1 control, U+FEFF. */
  private static final String HIDDEN = "a\u202Eb\u2066c\u200Bd\u2028e\u0007f\u007Fg\u0085h\uFEFF";

  private static final String LEGIT = "é 日本 → ";

  private static final JsonMapper READER = JsonMapper.builder().build();

  @Test
  void hiddenCharactersAreEscapedAndOtherNonAsciiIsWrittenAsUtf8() {
    String json = JsonOutput.mapper().writeValueAsString(List.of(LEGIT + HIDDEN));
    assertTrue(json.contains("\\u202e"), json);
    for (String escaped :
        List.of("\\u2066", "\\u200b", "\\u2028", "\\u0007", "\\u007f", "\\u0085", "\\ufeff")) {
      assertTrue(json.contains(escaped), escaped + " in " + json);
    }
    assertTrue(json.contains(LEGIT), json);
    assertNoHiddenCharacter(json);
    assertEquals(LEGIT + HIDDEN, READER.readTree(json).get(0).asString());
  }

  @Test
  void theDocumentsOnStandardOutputAreAsciiAndReadBackEqual() {
    String message = LEGIT + HIDDEN;
    String doc = JsonDocument.diagnostics(List.of(Diagnostic.error("pots.web", message)));
    assertTrue(doc.contains("a\\u202eb"), doc);
    assertTrue(doc.contains("\\u00e9 \\u65e5\\u672c \\u2192"), doc);
    assertTrue(doc.chars().allMatch(c -> c < 0x7f), doc);
    JsonNode read = READER.readTree(doc);
    assertEquals(message, read.get("diagnostics").get(0).get("message").asString());
    String plain = JsonOutput.asciiMapper().writeValueAsString("plain \"q\" \\ \n\t");
    assertEquals("\"plain \\\"q\\\" \\\\ \\n\\t\"", plain);
  }

  static void assertNoHiddenCharacter(String json) {
    assertFalse(json.chars().anyMatch(c -> c != '\n' && Text.isControl(c)), json);
  }
}
