package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.diag.Diagnostic;

/**
 * Thousands of seeded, mutated Potfiles: truncations, random bytes, deep nesting, huge scalars,
 * alias bombs, wrong types everywhere. Nothing may escape, every error is located, and each case
 * finishes within a generous bound.
 */
class FuzzTest {

  private static final long SEED = Long.getLong("potctl.fuzz.seed", 20261123L);
  private static final int CASES = Integer.getInteger("potctl.fuzz.cases", 3000);
  private static final long MAX_MILLIS_PER_CASE = 2000;

  @TempDir Path root;

  @Test
  void mutatedPotfilesAlwaysEndInLocatedDiagnosticsWithoutEscapingOrHanging() throws IOException {
    List<String> corpus = corpus();
    Mutator mutator = new Mutator(SEED);
    SpecLoader loader = new SpecLoader();
    int invalid = 0;
    for (int i = 0; i < CASES; i++) {
      Path dir = Files.createDirectories(root.resolve("c" + i));
      byte[] input = mutator.mutate(corpus.get(i % corpus.size()));
      Files.write(dir.resolve("p.yaml"), input);
      long start = System.nanoTime();
      LoadResult result;
      try {
        result = loader.load(dir, LoadOptions.defaults());
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        throw new AssertionError("case " + i + " escaped: " + e, e);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < MAX_MILLIS_PER_CASE, "case " + i + " took " + millis + " ms");
      for (Diagnostic d : result.diagnostics()) {
        if (d.isError() && d.location().isEmpty()) {
          fail("case " + i + ": unlocated error " + d);
        }
        if (d.message().startsWith("internal error")) {
          fail("case " + i + ": " + d.message());
        }
      }
      invalid += result.isValid() ? 0 : 1;
      delete(dir);
    }
    assertTrue(
        invalid > CASES / 2, "the mutations should mostly produce invalid specs: " + invalid);
  }

  private static List<String> corpus() throws IOException {
    List<String> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ExamplesTest.EXAMPLES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        corpus.add(Files.readString(f));
      }
    }
    return corpus;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
