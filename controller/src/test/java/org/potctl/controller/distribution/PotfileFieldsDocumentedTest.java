package org.potctl.controller.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every field the JSON Schema of Potfile v1 names (every key of every {@code properties} map,
 * nested ones and pot attributes included) appears, as a word, in potfile(5) and in
 * docs/potfile.md.
 */
class PotfileFieldsDocumentedTest {

  private static final Path SCHEMA =
      Path.of("schema/src/main/resources/org/potctl/schema/potfile-v1.schema.json");

  @Test
  void everySchemaFieldIsInTheManPageAndTheReference() throws Exception {
    Path root = ExternalTool.repoRoot();
    TreeSet<String> fields = new TreeSet<>();
    collect(JsonMapper.builder().build().readTree(Files.readString(root.resolve(SCHEMA))), fields);
    assertTrue(fields.size() > 60, "fields found: " + fields);
    assertTrue(
        fields.containsAll(List.of("base", "stop_timeout", "poststop", "quota")), "" + fields);
    String man = Files.readString(root.resolve("dist/man/potfile.5")).replace("\\-", "-");
    String md = Files.readString(root.resolve("docs/potfile.md"));
    List<String> missing = new ArrayList<>();
    for (String field : fields) {
      Pattern word =
          Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(field) + "(?![A-Za-z0-9_-])");
      if (!word.matcher(man).find()) {
        missing.add(field + " (potfile.5)");
      }
      if (!word.matcher(md).find()) {
        missing.add(field + " (docs/potfile.md)");
      }
    }
    assertEquals(List.of(), missing);
  }

  /** The keys of every {@code properties} map (a map whose values are all schemas). */
  private static void collect(JsonNode node, TreeSet<String> fields) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, fields));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode value = e.getValue();
      if (e.getKey().equals("properties") && value.isObject() && allSchemas(value)) {
        value.properties().forEach(p -> fields.add(p.getKey()));
      }
      collect(value, fields);
    }
  }

  private static boolean allSchemas(JsonNode map) {
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      if (!e.getValue().isObject() && !e.getValue().isBoolean()) {
        return false;
      }
    }
    return true;
  }
}
