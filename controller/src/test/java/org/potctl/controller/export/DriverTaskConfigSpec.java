package org.potctl.controller.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nomad-pot-driver's task-config spec ({@code taskConfigSpec} in {@code driver/driver.go}),
 * pinned as test data with the driver commit it came from, and a check of a job against it: every
 * {@code pot} task's config uses only those keys, has the required ones, with the declared types.
 */
final class DriverTaskConfigSpec {

  static final JsonNode SPEC = load();

  private DriverTaskConfigSpec() {}

  private static JsonNode load() {
    try (InputStream in =
        DriverTaskConfigSpec.class.getResourceAsStream("/nomad-pot-driver/task-config-spec.json")) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every violation in {@code job} ({@code {"Job": …}}); empty when it is accepted. */
  static List<String> violations(JsonNode job) {
    List<String> out = new ArrayList<>();
    JsonNode keys = SPEC.path("keys");
    for (JsonNode group : job.path("Job").path("TaskGroups")) {
      for (JsonNode task : group.path("Tasks")) {
        if (!task.path("Driver").asString("").equals("pot")) {
          continue;
        }
        JsonNode config = task.path("Config");
        String at = task.path("Name").asString() + ": ";
        for (Map.Entry<String, JsonNode> e : config.properties()) {
          JsonNode decl = keys.get(e.getKey());
          if (decl == null) {
            out.add(at + "key " + e.getKey() + " is not in the driver's task config spec");
          } else if (!hasType(e.getValue(), decl.get(0).asString())) {
            out.add(at + "key " + e.getKey() + " is not a " + decl.get(0).asString());
          }
        }
        for (Map.Entry<String, JsonNode> k : keys.properties()) {
          if (k.getValue().get(1).asBoolean() && !config.has(k.getKey())) {
            out.add(at + "required key " + k.getKey() + " is missing");
          }
        }
      }
    }
    return out;
  }

  private static boolean hasType(JsonNode v, String type) {
    return switch (type) {
      case "string" -> v.isString();
      case "list(string)" -> v.isArray() && all(v, JsonNode::isString);
      case "list(map(string))" ->
          v.isArray() && all(v, m -> m.isObject() && all(m, JsonNode::isString));
      default -> throw new IllegalStateException("type not modelled: " + type);
    };
  }

  private static boolean all(JsonNode container, java.util.function.Predicate<JsonNode> p) {
    for (JsonNode n : container) {
      if (!p.test(n)) {
        return false;
      }
    }
    return true;
  }
}
