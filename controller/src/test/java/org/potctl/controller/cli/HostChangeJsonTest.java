package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The host changes ({@code adopt}, {@code forget}, {@code restore}, {@code gc}, {@code image
 * build}) report their warnings as every planning command does: in the text on stderr and, under
 * {@code -o json}, first in the top-level {@code diagnostics} array (and in the nested plan's),
 * whether a plan was made or the change stopped before one. Every document is checked against
 * docs/schemas/host-change.schema.json.
 */
class HostChangeJsonTest {

  /** pot.raw can be adopted; pot.web's host directory /srv/nope is missing: a spec warning. */
  private static final String WARNED =
      "version: 1\npots:\n  raw:\n    base: \"14.1\"\n    network: {type: public-bridge}\n"
          + "  web:\n    base: \"14.1\"\n    mounts:\n      - {dir: /srv/nope, at: /data}\n"
          + "  img:\n    base: \"14.1\"\n";

  @TempDir Path tmp;

  private SimCli cli;
  private String dir;

  @BeforeEach
  void setUp() throws IOException {
    cli = new SimCli(tmp.resolve("sim"));
    Path spec = Files.createDirectories(tmp.resolve("warned"));
    Files.writeString(spec.resolve("pots.yaml"), WARNED);
    dir = spec.toString();
    cli.raw("pot", "create", "-p", "raw", "-b", "14.1", "-t", "single", "-N", "public-bridge");
  }

  @Test
  void adoptCarriesTheSpecWarningsWhenItRunsAsInItsDryRun() {
    Run dry = cli.expect(0, "adopt", "--dry-run", dir, "pot.raw", "-o", "json");
    JsonNode doc = DocumentSchemas.assertValid("host-change", dry.out());
    assertEquals("dry_run", doc.path("outcome").asString());
    assertSpecWarning(doc.path("diagnostics"));
    assertSpecWarning(doc.path("plan").path("diagnostics"));
    assertTrue(dry.err().contains("warning: pots.web.mounts[0].dir"), dry.err());

    Run adopted = cli.expect(0, "adopt", "--yes", dir, "pot.raw", "-o", "json");
    JsonNode applied = DocumentSchemas.assertValid("host-change", adopted.out());
    assertEquals("applied", applied.path("outcome").asString());
    assertSpecWarning(applied.path("diagnostics"));
    assertTrue(adopted.err().contains("/srv/nope"), adopted.err());

    Run text = cli.expect(0, "adopt", "--yes", dir, "pot.raw");
    assertTrue(text.err().contains("pots.yaml:9:15: warning: pots.web.mounts[0].dir"), text.err());
    assertTrue(text.out().contains("already managed by spec 'warned'"), text.out());
  }

  @Test
  void aRefusedAdoptPrintsTheWarningsThenTheRefusal() {
    Run r = cli.expect(3, "adopt", "--yes", dir, "pot.web", "-o", "json");
    JsonNode doc = DocumentSchemas.assertValid("diagnostics", r.out());
    JsonNode diagnostics = doc.path("diagnostics");
    assertSpecWarning(diagnostics);
    assertEquals("error", diagnostics.path(1).path("severity").asString(), diagnostics.toString());
    assertTrue(diagnostics.path(1).path("message").asString().contains("pot.web"), r.out());
    assertTrue(r.err().indexOf("/srv/nope") < r.err().indexOf("refused"), r.err());
  }

  @Test
  void imageBuildCarriesTheSpecWarnings() {
    Run r =
        cli.expect(0, "image", "build", "--dry-run", dir, "img", "--out", "/images", "-o", "json");
    JsonNode doc = DocumentSchemas.assertValid("host-change", r.out());
    assertEquals("image build", doc.path("command").asString());
    assertSpecWarning(doc.path("diagnostics"));
    Run refused = cli.expect(1, "image", "build", "--yes", dir, "nope", "-o", "json");
    JsonNode stopped = DocumentSchemas.assertValid("diagnostics", refused.out());
    assertSpecWarning(stopped.path("diagnostics"));
    assertEquals("error", stopped.path("diagnostics").path(1).path("severity").asString());
  }

  @Test
  void gcReportsAnEntryOfUnknownAgeAsAWarningNotANote() {
    cli.raw("zfs", "create", "-o", "mountpoint=none", "zroot/pot/potctl-trash");
    cli.raw("zfs", "create", "zroot/pot/potctl-trash/fscomp-odd-manual");
    Run r = cli.expect(0, "gc", "--older-than", "7d", "--yes", "-o", "json");
    JsonNode doc = DocumentSchemas.assertValid("host-change", r.out());
    JsonNode warning = doc.path("diagnostics").path(0);
    assertEquals("warning", warning.path("severity").asString(), doc.toString());
    assertTrue(
        warning.path("message").asString().startsWith("kept zroot/pot/potctl-trash/fscomp-odd"),
        warning.toString());
    assertTrue(doc.path("notes").toString().contains("1 kept"), doc.toString());
    assertTrue(!doc.path("notes").toString().contains("warning"), doc.toString());
    assertTrue(r.err().contains("warning: kept zroot/pot/potctl-trash/fscomp-odd"), r.err());
  }

  @Test
  void restoreWarnsThatTheOwnerStampWillTrashItAgain() throws IOException {
    Path app = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(
        app.resolve("app.yaml"), "version: 1\nfscomps:\n  data: {protect: false}\n  logs: {}\n");
    cli.expect(0, "apply", app.toString(), "--yes");
    Files.writeString(app.resolve("app.yaml"), "version: 1\nfscomps:\n  logs: {}\n");
    cli.expect(0, "apply", app.toString(), "--yes", "--allow-data-loss");
    Run r = cli.expect(0, "restore", "--yes", "fscomp.data", "-o", "json");
    JsonNode doc = DocumentSchemas.assertValid("host-change", r.out());
    JsonNode warning = doc.path("diagnostics").path(0);
    assertEquals("warning", warning.path("severity").asString(), doc.toString());
    assertEquals("fscomp.data", warning.path("path").asString());
    assertTrue(warning.path("message").asString().contains("potctl:owner=app"), doc.toString());
    assertEquals(warning, doc.path("plan").path("diagnostics").path(0));
  }

  @Test
  void forgetHasNoSpecToWarnAboutAndStillAnswersTheSameShapes() {
    cli.expect(0, "adopt", "--yes", dir, "pot.raw");
    JsonNode forgot =
        DocumentSchemas.assertValid(
            "host-change", cli.expect(0, "forget", "--yes", dir, "pot.raw", "-o", "json").out());
    assertEquals("applied", forgot.path("outcome").asString());
    assertEquals(0, forgot.path("diagnostics").size(), forgot.toString());
    cli.expect(0, "adopt", "--yes", dir, "pot.raw");
    Run other = cli.expect(3, "forget", "--yes", "--spec-id", "other", "pot.raw", "-o", "json");
    JsonNode refused = DocumentSchemas.assertValid("diagnostics", other.out());
    assertEquals("error", refused.path("diagnostics").path(0).path("severity").asString());
  }

  private static void assertSpecWarning(JsonNode diagnostics) {
    JsonNode warning = diagnostics.path(0);
    assertEquals("warning", warning.path("severity").asString(), diagnostics.toString());
    assertTrue(warning.path("message").asString().contains("/srv/nope"), warning.toString());
    assertTrue(warning.path("file").asString().endsWith("pots.yaml"), warning.toString());
    assertEquals(9, warning.path("line").asInt(), warning.toString());
    assertEquals(15, warning.path("column").asInt(), warning.toString());
  }
}
