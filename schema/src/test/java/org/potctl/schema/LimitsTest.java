package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsTest {

  @TempDir Path dir;

  @Test
  void aliasBombEndsInAnError() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char prev = (char) (c - 1);
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + prev)))
          .append("]\n");
    }
    List<String> lines = new Fixture(dir).file("p.yaml", yaml.toString()).lines();
    assertEquals(
        List.of("p.yaml:6:16: error: more than 250000 values (after expanding aliases)"), lines);
  }

  @Test
  void tooManyAliasesEndInAnError() {
    String yaml = "a: &a 1\nb: [" + "*a, ".repeat(70) + "*a]\n";
    assertEquals(
        List.of("p.yaml:2:261: error: more than 64 aliases"),
        new Fixture(dir).file("p.yaml", yaml).lines());
  }

  @Test
  void deepNestingEndsInAnError() {
    String yaml = "[ ".repeat(10_000) + "]".repeat(10_000);
    assertEquals(
        List.of("p.yaml:1:65: error: nested deeper than 32 levels"),
        new Fixture(dir).file("p.yaml", yaml).lines());
  }

  @Test
  void aRunWithoutBlanksBeyondTheScalarLimitIsRefusedBeforeParsing() {
    String yaml = "[".repeat(10_000) + "]".repeat(10_000);
    assertEquals(
        List.of(
            "p.yaml:1:1: error: more than 16384 characters without a space or line break:"
                + " a value is at most 16384 characters"),
        new Fixture(dir).file("p.yaml", yaml).lines());
  }

  @Test
  void hugeScalarEndsInAnError() {
    String yaml = "version: 1\npots:\n  web:\n    base: " + "9 ".repeat(10_000) + "\n";
    assertEquals(
        List.of("p.yaml:4:11: error: value is longer than 16384 characters"),
        new Fixture(dir).file("p.yaml", yaml).lines());
  }

  /**
   * A 3.9 MB quoted scalar (inside the 4 MiB file limit) is refused by the linear pre-scan before
   * snakeyaml-engine, whose scan of a run without blanks is quadratic: 435 s and 541 MB RSS for the
   * whole CLI before, 5.1 s and 111 MB after (2 CPUs, load 36; JVM start included).
   */
  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aScalarOfNearlyFourMegabytesIsRefusedInLinearTime() {
    String yaml = "version: 1\npots:\n  web:\n    cmd: \"" + "x".repeat(3_900_000) + "\"\n";
    assertEquals(
        List.of(
            "p.yaml:4:10: error: more than 16384 characters without a space or line break:"
                + " a value is at most 16384 characters"),
        new Fixture(dir).file("p.yaml", yaml).lines());
  }

  @Test
  void oversizedFileIsNotRead() throws IOException {
    Fixture f = new Fixture(dir);
    Files.write(dir.resolve("big.yaml"), new byte[(4 << 20) + 1]);
    assertEquals(List.of("big.yaml:1:1: error: file is larger than 4194304 bytes"), f.lines());
  }

  @Test
  void invalidUtf8IsReported() throws IOException {
    Files.write(dir.resolve("p.yaml"), new byte[] {'v', ':', ' ', (byte) 0xc3, (byte) 0x28});
    assertEquals(List.of("p.yaml:1:1: error: file is not valid UTF-8"), new Fixture(dir).lines());
  }

  @Test
  void nulCharacterIsReportedAsUnprintable() {
    assertEquals(
        List.of("p.yaml:2:5: error: character U+0000 is not allowed in YAML"),
        new Fixture(dir).file("p.yaml", "version: 1\nx: a\u0000b\n").lines());
  }

  @Test
  void symlinkedPotfileIsNotFollowed() throws IOException {
    Path outside = Files.createTempFile("outside", ".yaml");
    try {
      Files.writeString(outside, "version: 1\n");
      Path spec = Files.createDirectories(dir.resolve("spec"));
      Files.writeString(spec.resolve("a.yaml"), "version: 1\n");
      Files.createSymbolicLink(spec.resolve("b.yaml"), outside);
      assertEquals(
          List.of("b.yaml:1:1: error: Potfile is a symbolic link; potctl does not follow links"),
          new Fixture(spec).lines());
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void symlinkedDirectoryIsAnErrorNotSilentlySkipped() throws IOException {
    Path outside = Files.createTempDirectory("outside");
    try {
      Files.writeString(outside.resolve("pots.yaml"), "version: 1\n");
      Path spec = Files.createDirectories(dir.resolve("spec"));
      Files.writeString(spec.resolve("a.yaml"), "version: 1\n");
      Files.createSymbolicLink(spec.resolve("more"), outside);
      Files.createSymbolicLink(spec.resolve("notes.md"), outside.resolve("pots.yaml"));
      assertEquals(
          List.of("more:1:1: error: directory is a symbolic link; potctl does not follow links"),
          new Fixture(spec).lines());
    } finally {
      Files.delete(outside.resolve("pots.yaml"));
      Files.delete(outside);
    }
  }

  @Test
  void danglingScriptLinkIsReportedWithoutJavaNames() throws IOException {
    Fixture f =
        new Fixture(dir)
            .file(
                "p.yaml",
                "version: 1\nflavours:\n  x:\n    commands: [set-attribute -A persistent -V NO]\n"
                    + "    script: up.sh\n");
    Files.createSymbolicLink(dir.resolve("up.sh"), dir.resolve("missing.sh"));
    assertEquals(
        List.of(
            "p.yaml:5:13: error: flavours.x.script: script up.sh cannot be read: no such file (a"
                + " symbolic link to a missing file?)"),
        f.lines());
  }

  @Test
  void dotDirectoriesAndOtherFilesAreSkipped() {
    Fixture f =
        new Fixture(dir)
            .file("a.yml", "version: 1\n")
            .file(".git/config.yaml", "not: [valid\n")
            .file("README.md", "# hi\n");
    assertEquals(List.of(), f.lines());
  }

  @Test
  void emptyDirectoryIsAnError() {
    LoadResult result = new Fixture(dir).load();
    assertEquals(
        "no Potfiles (*.yaml, *.yml) in " + dir, result.diagnostics().all().getFirst().message());
    assertEquals(false, result.isValid());
  }
}
