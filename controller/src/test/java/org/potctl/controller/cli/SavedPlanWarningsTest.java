package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved plan's warnings are part of what it promises: the same warnings on the fresh plan let it
 * run, a warning edited in the file does not.
 */
class SavedPlanWarningsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path sim;

  @TempDir Path work;

  private SimCli cli;

  private Path planWithAWarning() throws IOException {
    Path dir = Files.createDirectories(work.resolve("deps"));
    Files.writeString(
        dir.resolve("spec.yaml"),
        "version: 1\npots:\n"
            + "  db:\n    base: \"14.1\"\n    network: {type: inherit}\n    state: stopped\n"
            + "  app:\n    base: \"14.1\"\n    network: {type: inherit}\n    depends_on: [db]\n");
    cli = new SimCli(sim);
    Path plan = work.resolve("plan.json");
    Run r = cli.expect(0, "plan", dir.toString(), "--out", plan.toString());
    assertTrue(r.err().contains("planned as running"), r.err());
    return plan;
  }

  @Test
  void theSameWarningsOnTheFreshPlanLetItRun() throws IOException {
    Path plan = planWithAWarning();
    JsonNode saved = JSON.readTree(Files.readString(plan));
    assertEquals(1, saved.get("diagnostics").size(), saved.get("diagnostics").toString());
    cli.expect(0, "apply", plan.toString(), "--yes");
  }

  @Test
  void aWarningEditedInTheFileIsADifference() throws IOException {
    Path plan = planWithAWarning();
    ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(plan));
    ((ObjectNode) root.get("diagnostics").get(0)).put("message", "nothing to see");
    Files.writeString(plan, JSON.writeValueAsString(root));
    int logged = cli.log().size();
    Run r = cli.expect(3, "apply", plan.toString(), "--yes");
    assertTrue(r.err().contains("diagnostics[0]: saved warning pots.db: nothing to see"), r.err());
    assertEquals(java.util.List.of(), cli.mutationsSince(logged));
  }
}
