package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resource a plan error names (here a pot on the host that carries no owner stamp) is neither in
 * sync nor counted by its action: {@code status} says {@code error}, {@code plan -o json} counts it
 * in {@code summary.error}.
 */
class StatusPlanErrorTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path sim;

  @TempDir Path work;

  private SimCli cli;

  private String spec() throws IOException {
    Path dir = Files.createDirectories(work.resolve("spec"));
    Files.writeString(
        dir.resolve("spec.yaml"),
        "version: 1\npots:\n  raw:\n    base: \"14.1\"\n    network: {type: public-bridge}\n"
            + "fscomps:\n  data: {}\n");
    cli = new SimCli(sim);
    cli.raw("pot", "create", "-p", "raw", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    return dir.toString();
  }

  @Test
  void statusTextSaysErrorForTheUnstampedPotAndMissingForTheRest() throws IOException {
    String dir = spec();
    Run r = cli.expect(1, "status", dir);
    assertTrue(r.err().contains("carries no potctl:owner stamp"), r.err());
    String line = r.out().lines().filter(l -> l.startsWith("pot.raw")).findFirst().orElse(r.out());
    assertTrue(line.matches("pot\\.raw\\s+error\\s+1 error above"), line);
    assertFalse(r.out().contains("in-sync"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("fscomp\\.data\\s+missing.*")), r.out());
    assertTrue(r.out().contains("Unknown: the plan has errors"), r.out());
  }

  @Test
  void statusJsonSaysErrorAndValidatesAgainstItsSchema() throws IOException {
    String dir = spec();
    Run r = cli.expect(1, "status", dir, "-o", "json");
    DocumentSchemas.assertValid("status", r.out());
    JsonNode root = JSON.readTree(r.out());
    assertTrue(root.get("drift").isNull());
    for (JsonNode res : root.get("resources")) {
      String expected = res.get("address").stringValue().equals("pot.raw") ? "error" : "missing";
      assertEquals(expected, res.get("status").stringValue(), res.toString());
    }
  }

  @Test
  void planJsonCountsTheErredPotAsAnErrorNotAsANoop() throws IOException {
    String dir = spec();
    Run r = cli.expect(1, "plan", dir, "-o", "json");
    DocumentSchemas.assertValid("plan", r.out());
    JsonNode summary = JSON.readTree(r.out()).get("summary");
    assertEquals(1, summary.get("error").intValue(), summary.toString());
    assertEquals(0, summary.get("noop").intValue(), summary.toString());
    assertEquals(1, summary.get("create").intValue(), summary.toString());
  }
}
