package org.potctl.controller.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Step kinds: codes round-trip, and the plan schema and docs/json.md list exactly these codes. */
class StepKindTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyCodeIsUniqueAndReadBack() {
    for (StepKind k : StepKind.values()) {
      assertEquals(Optional.of(k), StepKind.fromCode(k.code()));
      assertTrue(k.code().matches("[a-z]+(-[a-z]+)*"), k.code());
      assertTrue(!k.text().isBlank() && !k.text().endsWith("."), k.text());
    }
    assertEquals(Optional.empty(), StepKind.fromCode("create"));
    assertEquals(
        Set.of(
            StepKind.CREATE_BASE,
            StepKind.CREATE_POT,
            StepKind.CLONE_POT,
            StepKind.IMPORT_IMAGE,
            StepKind.CREATE_BRIDGE),
        Arrays.stream(StepKind.values()).filter(StepKind::serial).collect(Collectors.toSet()));
    assertEquals(
        Set.of(StepKind.CREATE_POT, StepKind.CREATE_FSCOMP),
        Arrays.stream(StepKind.values())
            .filter(StepKind::createsDataset)
            .collect(Collectors.toSet()));
  }

  @Test
  void thePlanSchemaAndTheJsonPageListEveryKind() throws IOException {
    JsonNode schema =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(ROOT.resolve("docs/schemas/plan.schema.json")));
    List<String> inSchema =
        schema
            .at("/$defs/step/properties/kind/enum")
            .valueStream()
            .map(JsonNode::asString)
            .toList();
    List<String> codes = Arrays.stream(StepKind.values()).map(StepKind::code).toList();
    assertEquals(codes, inSchema);
    String page = Files.readString(ROOT.resolve("docs/json.md"));
    for (StepKind k : StepKind.values()) {
      assertTrue(
          page.contains("| `" + k.code() + "` | " + k.text() + " |"),
          "docs/json.md lacks the row of " + k.code());
    }
  }
}
