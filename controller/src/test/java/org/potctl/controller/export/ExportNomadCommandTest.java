package org.potctl.controller.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.cli.Main;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;

/** {@code potctl export nomad} as a command: exit codes, nothing written on error, JSON report. */
class ExportNomadCommandTest {

  @TempDir Path tmp;

  private Run export(Path spec, String... more) {
    String[] base = {
      "export",
      "nomad",
      spec.toString(),
      "--registry",
      "http://127.0.0.1/i",
      "--out",
      tmp.resolve("out").toString()
    };
    String[] args =
        java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
            .toArray(String[]::new);
    return Potctl.bare(args);
  }

  private Path spec(String pots) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("shop"));
    Files.writeString(dir.resolve("pots.yaml"), "version: 1\npots:\n" + pots);
    return dir;
  }

  @Test
  void aPotWithoutANomadEquivalentIsALocatedErrorAndNothingIsWritten() throws IOException {
    Run r = export(spec("  a: {base: \"14.1\", type: multi}\n  b: {base: \"14.1\"}\n"));
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("pots.yaml:3:27: error: pots.a.type: type multi"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void nomadFalseLeavesThePotOutAndTheJsonReportListsIt() throws IOException {
    Run r =
        export(
            spec("  a: {base: \"14.1\", type: multi, nomad: false}\n  b: {base: \"14.1\"}\n"),
            "-o",
            "json",
            "--spec-id",
            "prod");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = DocumentSchemas.assertValid("export-nomad", r.out());
    assertEquals("prod-b", doc.path("jobs").get(0).path("name").asString());
    assertEquals("[\"a\"]", doc.path("skipped").toString());
    assertTrue(Files.exists(tmp.resolve("out").resolve("prod-b.json")));
    assertFalse(Files.exists(tmp.resolve("out").resolve("prod-a.json")));
  }

  /** A link planted as a job file in the out directory ({@code /tmp/jobs}, say) is not followed. */
  @Test
  void aLinkPlantedAsAJobFileIsReplacedNotFollowed() throws IOException {
    Path victim = Files.writeString(tmp.resolve("rc.conf"), "sshd_enable=YES\n");
    Path job = Files.createDirectories(tmp.resolve("out")).resolve("shop-b.json");
    Files.createSymbolicLink(job, victim);
    Run r = export(spec("  b: {base: \"14.1\"}\n"));
    assertEquals(0, r.code(), r.err());
    assertEquals("sshd_enable=YES\n", Files.readString(victim));
    assertTrue(Files.isRegularFile(job, java.nio.file.LinkOption.NOFOLLOW_LINKS), r.out());
  }

  @Test
  void withoutARegistryItIsAUsageError() throws IOException {
    StringWriter sink = new StringWriter();
    int code =
        Main.run(
            new String[] {"export", "nomad", spec("  b: {base: \"14.1\"}\n").toString()},
            new PrintWriter(sink),
            new PrintWriter(sink));
    assertEquals(64, code, sink.toString());
  }
}
