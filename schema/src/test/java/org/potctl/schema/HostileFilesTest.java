package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec never shrinks silently: every entry potctl does not read is a located error. */
class HostileFilesTest {

  private static final String POT = "version: 1\npots:\n  web: {base: \"14.1\"}\n";

  @TempDir Path dir;

  @Test
  void fifoNamedLikeAPotfileIsAnErrorAndTheSpecDoesNotBind() throws Exception {
    Fixture f = new Fixture(dir).file("p.yaml", POT);
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("x.yaml").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    List<String> lines = f.lines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.getFirst().startsWith("x.yaml:1:1: error: not a regular file"), lines.get(0));
    assertTrue(f.load().spec().isEmpty(), "a spec with a refused entry must not bind");
  }

  @Test
  void aPotfileSuffixInTheWrongCaseIsAnErrorNotASilentSkip() throws IOException {
    Fixture f =
        new Fixture(dir)
            .file("p.yaml", POT)
            .file("db.YAML", POT.replace("web", "db"))
            .file(".cache.Yml", POT.replace("web", "cache"))
            .file("README.md", "# not a Potfile\n");
    assertEquals(List.of(misnamed(".cache.Yml"), misnamed("db.YAML")), f.lines());
    assertTrue(f.load().spec().isEmpty(), "a spec with a refused entry must not bind");
  }

  @Test
  void aPotfileNameWithSomethingAfterItsSuffixIsAnErrorNotASilentSkip() throws IOException {
    Fixture f =
        new Fixture(dir)
            .file("p.yaml", POT)
            .file("db.yaml ", POT.replace("web", "db"))
            .file("cache.yml.", POT.replace("web", "cache"))
            .file("api.\uff59aml", POT.replace("web", "api"))
            .file("web.yaml.orig", "# a backup, not a Potfile\n");
    assertEquals(
        List.of(misnamed("api.\uff59aml"), misnamed("cache.yml."), misnamed("db.yaml ")),
        f.lines());
    assertTrue(f.load().spec().isEmpty(), "a spec with a refused entry must not bind");
  }

  private static String misnamed(String name) {
    return name
        + ":1:1: error: a Potfile's name ends in .yaml or .yml, in lower case and with nothing"
        + " after it: rename \""
        + name
        + "\" (potctl does not read it as it is, and would not skip it silently)";
  }

  @Test
  void directoryNamedLikeAPotfileIsAnError() throws IOException {
    Fixture f = new Fixture(dir).file("p.yaml", POT);
    Files.createDirectories(dir.resolve("more.yaml"));
    assertEquals(
        List.of("more.yaml:1:1: error: a directory named like a Potfile is not allowed"),
        f.lines());
  }

  @Test
  void potfileDeeperThanTheLimitIsAnErrorNotASilentSkip() throws IOException {
    Fixture f = new Fixture(dir).file("p.yaml", POT);
    Path deep = dir;
    for (int i = 0; i < 17; i++) {
      deep = deep.resolve("d" + i);
    }
    Files.createDirectories(deep);
    Files.writeString(deep.resolve("fscomps.yaml"), "version: 1\nfscomps:\n  data: {}\n");
    List<String> lines = f.lines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.getFirst().contains("error: directory is nested deeper than"), lines.get(0));
    assertTrue(f.load().spec().isEmpty(), "the fscomp must not silently vanish from the spec");
  }

  @Test
  void tagOnAMappingIsRefused() throws IOException {
    List<String> lines =
        new Fixture(dir)
            .file("p.yaml", "version: 1\npots: !!javax.script.ScriptEngineManager\n  web: {}\n")
            .lines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.getFirst().startsWith("p.yaml:2:"), lines.get(0));
    assertTrue(lines.getFirst().contains("tag"), lines.get(0));
  }

  @Test
  void bidiOverrideInAValueIsRefusedAndEscaped() throws IOException {
    List<String> lines =
        new Fixture(dir)
            .file(
                "p.yaml", "version: 1\npots:\n  web: {base: \"14.1\", env: {A: \"ab\u202ecd\"}}\n")
            .lines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.getFirst().startsWith("p.yaml:3:35: error:"), lines.get(0));
    assertTrue(lines.getFirst().contains("U+202E"), lines.get(0));
    assertTrue(lines.getFirst().chars().noneMatch(c -> c == 0x202e), "never echoed raw");
  }
}
