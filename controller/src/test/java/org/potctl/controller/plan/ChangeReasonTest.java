package org.potctl.controller.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Change reason codes: codes round-trip, and the plan schema and docs/json.md list exactly these
 * codes with their sentences.
 */
class ChangeReasonTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyCodeIsUniqueAndReadBack() {
    for (ChangeReason r : ChangeReason.values()) {
      assertEquals(Optional.of(r), ChangeReason.fromCode(r.code()));
      assertTrue(r.code().matches("[a-z]+(-[a-z]+)*"), r.code());
      assertTrue(!r.text().isBlank() && !r.text().endsWith("."), r.text());
    }
    assertEquals(Optional.empty(), ChangeReason.fromCode("not on the host"));
    assertEquals(
        new Reason(ChangeReason.STOPPED, "stopped on the host"),
        ChangeReason.STOPPED.because("stopped on the host"));
  }

  @Test
  void thePlanSchemaAndTheJsonPageListEveryCode() throws IOException {
    JsonNode schema =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(ROOT.resolve("docs/schemas/plan.schema.json")));
    List<String> inSchema =
        schema.at("/$defs/reason_code/enum").valueStream().map(JsonNode::asString).toList();
    List<String> codes = Arrays.stream(ChangeReason.values()).map(ChangeReason::code).toList();
    assertEquals(codes, inSchema);
    assertEquals(
        "#/$defs/reason_code",
        schema.at("/$defs/change/properties/reason_codes/items/$ref").asString());
    String page = Files.readString(ROOT.resolve("docs/json.md"));
    for (ChangeReason r : ChangeReason.values()) {
      assertTrue(
          page.contains("| `" + r.code() + "` | " + r.text() + " |"),
          "docs/json.md lacks the row of " + r.code());
    }
  }
}
