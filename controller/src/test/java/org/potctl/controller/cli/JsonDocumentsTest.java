package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;

/**
 * Every command's {@code -o json} output, valid and invalid, is one document with {@code
 * format_version} 1 and a diagnostics array, valid against its schema under docs/schemas/.
 */
class JsonDocumentsTest {

  private static final String INVALID =
      "version: 1\npots:\n  web:\n    bass: \"14.1\"\n    network: {type: nowhere}\n";

  @TempDir Path tmp;

  private SimCli cli;
  private Path spec;
  private Path invalid;

  @BeforeEach
  void setUp() throws IOException {
    cli = new SimCli(tmp.resolve("sim"));
    spec = Files.createDirectories(tmp.resolve("web-single"));
    Files.copy(
        Path.of("..", "examples", "potfiles", "web-single", "potfile.yaml"),
        spec.resolve("potfile.yaml"));
    invalid = Files.createDirectories(tmp.resolve("broken"));
    Files.writeString(invalid.resolve("pots.yaml"), INVALID);
  }

  private void assertLocatedErrors(JsonNode doc) {
    JsonNode diagnostics = doc.path("diagnostics");
    assertEquals(3, diagnostics.size(), diagnostics.toString());
    for (JsonNode d : diagnostics) {
      assertEquals("error", d.path("severity").asString());
      assertTrue(d.path("file").asString().endsWith("pots.yaml"), d.toString());
      assertTrue(d.path("line").asInt() >= 3, d.toString());
    }
  }

  @Test
  void validateAnswersTheDiagnosticsDocumentEitherWay() {
    JsonNode ok =
        DocumentSchemas.assertValid(
            "diagnostics", cli.expect(0, "validate", spec.toString(), "-o", "json").out());
    assertEquals(0, ok.path("diagnostics").size());
    Run bad = cli.expect(1, "validate", invalid.toString(), "-o", "json");
    assertLocatedErrors(DocumentSchemas.assertValid("diagnostics", bad.out()));
  }

  @Test
  void planIsAPlanDocumentAndAnInvalidSpecTheDiagnosticsDocument() {
    JsonNode plan =
        DocumentSchemas.assertValid(
            "plan", cli.expect(0, "plan", spec.toString(), "-o", "json").out());
    assertFalse(plan.path("changes").isEmpty());
    Run bad = cli.expect(1, "plan", invalid.toString(), "-o", "json");
    JsonNode doc = DocumentSchemas.assertValid("plan", bad.out());
    assertFalse(doc.has("changes"));
    assertLocatedErrors(doc);
  }

  @Test
  void applyReportDryRunRefusalAndInvalidSpecAreEachOneDocument() {
    JsonNode dry =
        DocumentSchemas.assertValid(
            "plan", cli.expect(0, "apply", spec.toString(), "--dry-run", "-o", "json").out());
    assertFalse(dry.path("steps").isEmpty());
    Run refused = cli.expect(3, "apply", spec.toString(), "-o", "json");
    JsonNode why = DocumentSchemas.assertValid("apply", refused.out());
    assertTrue(
        why.path("diagnostics").get(0).path("message").asString().contains("--yes"),
        why.toString());
    JsonNode report =
        DocumentSchemas.assertValid(
            "apply", cli.expect(0, "apply", spec.toString(), "--yes", "-o", "json").out());
    assertEquals("applied", report.path("outcome").asString());
    assertTrue(report.path("summary").path("created").asInt() > 0, report.toString());
    assertTrue(
        report
            .path("steps")
            .valueStream()
            .anyMatch(s -> s.path("kind").asString().equals("create-pot")),
        report.toString());
    // every created resource says why, as a sentence and as its code, like the plan
    for (JsonNode r : report.path("resources")) {
      if (r.path("action").asString().equals("create")) {
        assertEquals("[\"not on the host\"]", r.path("reasons").toString(), r.toString());
        assertEquals("[\"not-on-host\"]", r.path("reason_codes").toString(), r.toString());
      }
    }
    assertLocatedErrors(
        DocumentSchemas.assertValid(
            "apply", cli.expect(1, "apply", invalid.toString(), "--yes", "-o", "json").out()));
  }

  @Test
  void statusGraphAndObserveAfterAnApply() {
    JsonNode drift =
        DocumentSchemas.assertValid(
            "status", cli.expect(2, "status", spec.toString(), "-o", "json").out());
    assertTrue(drift.path("drift").asBoolean());
    cli.expect(0, "apply", spec.toString(), "--yes");
    JsonNode status =
        DocumentSchemas.assertValid(
            "status", cli.expect(0, "status", spec.toString(), "-o", "json").out());
    assertFalse(status.path("drift").asBoolean());
    assertLocatedErrors(
        DocumentSchemas.assertValid(
            "status", cli.expect(1, "status", invalid.toString(), "-o", "json").out()));
    JsonNode graph =
        DocumentSchemas.assertValid(
            "graph", cli.expect(0, "graph", spec.toString(), "-o", "json").out());
    assertTrue(graph.path("edges").toString().contains("\"from\":\"pot.www\""), graph.toString());
    assertLocatedErrors(
        DocumentSchemas.assertValid(
            "graph", cli.expect(1, "graph", invalid.toString(), "-o", "json").out()));
    JsonNode seen =
        DocumentSchemas.assertValid("observe", cli.expect(0, "observe", "-o", "json").out());
    assertEquals("www", seen.path("pots").get(0).path("name").asString());
  }

  @Test
  void aUsageErrorUnderJsonStillPrintsTheDiagnosticsDocument() {
    Run r = cli.expect(64, "plan", tmp.resolve("missing").toString(), "-o", "json");
    JsonNode doc = DocumentSchemas.assertValid("diagnostics", r.out());
    assertTrue(doc.path("diagnostics").get(0).path("message").asString().contains("missing"));
    assertTrue(r.err().contains("potctl: "), r.err());
  }

  @Test
  void textOutputIsUnchangedByTheJsonConvention() {
    Run r = cli.expect(1, "plan", invalid.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("pots.yaml:4:5: error:"), r.err());
  }

  /** A spec warning: the host directory /srv/nope is missing on the simulated host. */
  @Test
  void specWarningsAreInTheDiagnosticsArrayOfEveryPlanningCommand() throws IOException {
    Path warned = Files.createDirectories(tmp.resolve("warned"));
    Files.writeString(
        warned.resolve("pots.yaml"),
        "version: 1\npots:\n  web:\n    base: \"14.1\"\n    mounts:\n"
            + "      - {dir: /srv/nope, at: /data}\n");
    String dir = warned.toString();
    assertWarned(DocumentSchemas.assertValid("plan", cli.potctl("plan", dir, "-o", "json").out()));
    assertWarned(
        DocumentSchemas.assertValid("status", cli.potctl("status", dir, "-o", "json").out()));
    assertWarned(
        DocumentSchemas.assertValid("graph", cli.potctl("graph", dir, "-o", "json").out()));
    // the apply fails at pot mount-in, as the warning said it would; the report carries it
    Run apply = cli.potctl("apply", dir, "--yes", "-o", "json");
    assertWarned(DocumentSchemas.assertValid("apply", apply.out()));
  }

  private static void assertWarned(JsonNode doc) {
    JsonNode warning = doc.path("diagnostics").path(0);
    assertEquals("warning", warning.path("severity").asString(), doc.toString());
    assertTrue(warning.path("message").asString().contains("/srv/nope"), warning.toString());
    assertTrue(warning.path("file").asString().endsWith("pots.yaml"), warning.toString());
  }
}
