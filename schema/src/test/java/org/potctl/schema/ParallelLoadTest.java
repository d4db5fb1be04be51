package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Potfiles are parsed and schema-checked in parallel (issue 18): the result must not depend on
 * which thread read which file, so many files give the same sorted diagnostics and the same spec as
 * one sequential read would, run after run.
 */
class ParallelLoadTest {

  @TempDir Path dir;

  private static final int FILES = 120;

  @Test
  void manyInvalidFilesReportEveryErrorSortedByFileAndLineEveryTime() {
    Fixture f = new Fixture(dir);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      String name = String.format(Locale.ROOT, "f%03d.yaml", i);
      if (i % 3 == 0) {
        f.file(name, "version: 1\npots:\n  p" + i + ": [unclosed\n");
        expected.add(name + ":4:1: ");
      } else {
        f.file(
            name, "version: 1\npots:\n  p" + i + ":\n    base: \"14.1\"\n    colour" + i + ": x\n");
        expected.add(name + ":5:5: error: pots.p" + i + ".colour" + i + ": unknown key");
      }
    }
    List<String> first = f.lines();
    assertEquals(FILES, first.size(), () -> String.join("\n", first));
    for (int i = 0; i < FILES; i++) {
      String line = first.get(i);
      String want = expected.get(i);
      assertTrue(line.startsWith(want.substring(0, want.indexOf(':') + 1)), line);
      if (i % 3 != 0) {
        assertTrue(line.startsWith(want), line + " should start with " + want);
      }
    }
    for (int run = 0; run < 2; run++) {
      assertEquals(first, f.lines(), "run " + run);
    }
  }

  @Test
  void manyValidFilesBindEveryPotOnce() {
    Fixture f = new Fixture(dir);
    for (int i = 0; i < FILES; i++) {
      f.file(
          String.format(Locale.ROOT, "f%03d.yaml", i),
          "version: 1\npots:\n  p" + i + ":\n    base: \"14.1\"\n");
    }
    for (int run = 0; run < 2; run++) {
      LoadResult result = f.load();
      assertTrue(result.isValid(), () -> result.diagnostics().toString());
      assertEquals(FILES, result.spec().orElseThrow().pots().size());
    }
  }
}
