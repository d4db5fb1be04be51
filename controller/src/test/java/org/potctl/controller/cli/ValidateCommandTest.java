package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return Potctl.bare(args);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void validSpecExitsZeroWithSummary() throws IOException {
    write("p.yaml", "version: 1\nfscomps: {data: {}}\npots:\n  web: {base: \"14.1\"}\n");
    Run r = run("validate", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("valid: 1 pot, 1 fscomp, 0 bridges, 0 flavours\n", r.out().replace("\r", ""));
    assertEquals("", r.err());
  }

  @Test
  void invalidSpecPrintsLocatedErrorsWithSnippetAndCaret() throws IOException {
    write("p.yaml", "version: 1\npots:\n  web:\n    base: \"14.1\"\n    staet: running\n");
    Run r = run("validate", dir.toString());
    assertEquals(1, r.code());
    String expected =
        dir.resolve("p.yaml")
            + ":5:5: error: pots.web.staet: unknown key \"staet\" (did you mean state?)\n"
            + " 5 |     staet: running\n"
            + "   |     ^\n"
            + "1 error in 1 file\n";
    assertEquals(expected, r.err().replace("\r", ""));
    assertEquals("", r.out());
  }

  @Test
  void jsonOutputGoesToStdoutWithTheDesignFields() throws IOException {
    write("p.yaml", "version: 1\npots:\n  web: {base: latest}\n");
    Run r = run("validate", dir.toString(), "-o", "json");
    assertEquals(1, r.code());
    assertEquals("", r.err());
    JsonNode d = JsonMapper.builder().build().readTree(r.out()).path("diagnostics").get(0);
    assertEquals("error", d.path("severity").asString());
    assertEquals(dir.resolve("p.yaml").toString(), d.path("file").asString());
    assertEquals(3, d.path("line").asInt());
    assertEquals(15, d.path("column").asInt());
    assertEquals("pots.web.base", d.path("path").asString());
    assertEquals(
        "must be a FreeBSD release such as \"14.1\", got \"latest\"", d.path("message").asString());
    assertEquals(6, d.size());
  }

  @Test
  void jsonOutputOfAValidSpecIsAnEmptyList() throws IOException {
    write("p.yaml", "version: 1\n");
    Run r = run("validate", "--output", "json", dir.toString());
    assertEquals(0, r.code());
    assertEquals(
        "{\n  \"format_version\" : 1,\n  \"diagnostics\" : [ ]\n}\n", r.out().replace("\r", ""));
  }

  @Test
  void missingDirectoryIsAUsageError() {
    Run r = run("validate", dir.resolve("nope").toString());
    assertEquals(64, r.code());
    assertTrue(r.err().contains("does not exist or is not a directory"), r.err());
  }

  @Test
  void unknownOutputFormatIsAUsageError() {
    assertEquals(64, run("validate", dir.toString(), "-o", "xml").code());
  }

  @Test
  void allowHostDirWidensTheAllowedRoots() throws IOException {
    write(
        "p.yaml",
        "version: 1\npots:\n  web:\n    base: \"14.1\"\n    mounts: [{dir: /data/www, at: /www}]\n");
    assertEquals(1, run("validate", dir.toString()).code());
    Run r = run("validate", "--allow-host-dir", "/data", dir.toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void hostileBytesNeverProduceAStackTrace() throws IOException {
    Files.write(dir.resolve("p.yaml"), new byte[] {'a', ':', ' ', (byte) 0xff, 0, '\n', 0x1b, '['});
    write("q.yaml", "version: 1\npots:\n  \"\\e[31mred\": {base: \"14.1\"}\n");
    Run r = run("validate", dir.toString());
    assertEquals(1, r.code());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\u001b"), "escape characters must not reach the terminal");
    assertTrue(r.err().contains("p.yaml:1:1: error: file is not valid UTF-8"), r.err());
  }
}
