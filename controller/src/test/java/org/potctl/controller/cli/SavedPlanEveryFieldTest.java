package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every field of a saved plan is part of the promise (issue 13 item 7): for each value of the file
 * (every leaf, found by walking the JSON, not listed by hand) one edit that changes it, and for
 * each array one entry added and one removed. Every edited file is refused — exit 3 (differs from
 * the fresh plan) or 1 (not a usable plan) — and runs nothing; the untouched file then still
 * applies.
 */
class SavedPlanEveryFieldTest extends SavedWebPlanCase {

  private record Edit(String what, JsonNode plan) {}

  @Test
  void noEditOfAnyFieldRunsAStep() throws IOException {
    String original = Files.readString(planFile);
    JsonNode root = JSON.readTree(original);
    List<Edit> edits = new ArrayList<>();
    collect(root, root, "", edits);
    assertTrue(edits.size() > 60, "the walk reaches every field: " + edits.size());
    List<String> accepted = new ArrayList<>();
    int logged = cli.log().size();
    for (Edit e : edits) {
      Files.writeString(planFile, JSON.writeValueAsString(e.plan()), StandardCharsets.UTF_8);
      Run r = cli.potctl("apply", planFile.toString(), "--yes");
      if (r.code() != 1 && r.code() != 3) {
        accepted.add(e.what() + " → exit " + r.code());
      }
      assertEquals(List.of(), cli.mutationsSince(logged), e.what() + ": " + r.all());
    }
    assertEquals(List.of(), accepted, "edits that were not refused");
    Files.writeString(planFile, original, StandardCharsets.UTF_8);
    cli.expect(0, "apply", planFile.toString(), "--yes");
  }

  /**
   * Adds the edits of {@code node} (at JSON pointer {@code at}) of {@code root}, then its
   * children's.
   */
  private static void collect(JsonNode root, JsonNode node, String at, List<Edit> edits) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> p : o.properties()) {
        collect(
            root, p.getValue(), at + "/" + p.getKey().replace("~", "~0").replace("/", "~1"), edits);
      }
      edits.add(edit(root, at + " (a field added)", at, n -> ((ObjectNode) n).put("x_added", 1)));
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        collect(root, a.get(i), at + "/" + i, edits);
      }
      if (!a.isEmpty()) {
        edits.add(
            edit(
                root, at + " (last entry removed)", at, n -> ((ArrayNode) n).remove(a.size() - 1)));
        edits.add(
            edit(
                root, at + " (an entry added)", at, n -> ((ArrayNode) n).add(a.get(0).deepCopy())));
      } else {
        edits.add(edit(root, at + " (an entry added)", at, n -> ((ArrayNode) n).add("x")));
      }
    } else if (!at.isEmpty()) {
      edits.add(replace(root, at, changed(node)));
    }
  }

  /**
   * The apply id is the one field a fresh plan cannot check: it names the run. Only the form {@code
   * plan --out} makes, not from the future (it would sort after every later journal), is run; one
   * that is no safe file name is not a usable plan (exit 1).
   */
  @Test
  void theApplyIdMustBeOnePlanMakesAndNotFromTheFuture() throws IOException {
    String original = Files.readString(planFile);
    String id = JSON.readTree(original).path("apply_id").asString();
    int logged = cli.log().size();
    for (String bad :
        List.of("29991231T000000.000Z-0000-0000", id + "x", "handmade", "20261123T135000Z-3f9a")) {
      rewrite(p -> p.put("apply_id", bad));
      Run r = cli.potctl("apply", planFile.toString(), "--yes");
      assertEquals(3, r.code(), bad + ": " + r.all());
      assertTrue(
          r.err()
              .contains(
                  "the saved plan's apply id '"
                      + bad
                      + (bad.startsWith("2999") ? "' is from the future" : "' is not one")),
          r.err());
      assertEquals(List.of(), cli.mutationsSince(logged), bad);
    }
    rewrite(p -> p.put("apply_id", "../../etc/x"));
    Run unsafe = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(1, unsafe.code(), unsafe.all());
    assertTrue(
        unsafe.err().contains("field 'apply_id' '../../etc/x' is not an apply id"), unsafe.err());
    assertEquals(List.of(), cli.mutationsSince(logged));

    String past = "20200101T000000.000Z-0000-0001";
    Files.writeString(planFile, original, StandardCharsets.UTF_8);
    rewrite(p -> p.put("apply_id", past));
    cli.expect(0, "apply", planFile.toString(), "--yes");
    assertTrue(
        Files.exists(sim.resolve("state/journal/" + past + ".jsonl")), "journalled under its name");
  }

  private static JsonNode changed(JsonNode leaf) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (leaf.isBoolean()) {
      return f.booleanNode(!leaf.asBoolean());
    }
    if (leaf.isNumber()) {
      return f.numberNode(leaf.asLong() + 1);
    }
    if (leaf.isNull()) {
      return f.stringNode("x");
    }
    return f.stringNode(leaf.asString() + "x");
  }

  private static Edit edit(
      JsonNode root, String what, String at, java.util.function.Consumer<JsonNode> change) {
    JsonNode copy = root.deepCopy();
    change.accept(at.isEmpty() ? copy : copy.at(at));
    return new Edit(what, copy);
  }

  private static Edit replace(JsonNode root, String at, JsonNode value) {
    JsonNode copy = root.deepCopy();
    int slash = at.lastIndexOf('/');
    JsonNode parent = slash == 0 ? copy : copy.at(at.substring(0, slash));
    String key = at.substring(slash + 1);
    if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(key), value);
    } else {
      ((ObjectNode) parent).set(key.replace("~1", "/").replace("~0", "~"), value);
    }
    return new Edit(at + " = " + value, copy);
  }
}
