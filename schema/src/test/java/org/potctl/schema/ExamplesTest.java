package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesTest {

  static final Path EXAMPLES = Path.of("..", "examples", "potfiles");

  static List<Path> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(EXAMPLES)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleValidatesWithoutDiagnostics(Path example) {
    LoadResult result = new SpecLoader().load(example, LoadOptions.defaults());

    assertEquals(List.of(), result.diagnostics().all(), () -> example.toString());
    assertTrue(result.spec().isPresent());
    assertFalse(result.spec().get().pots().isEmpty());
  }

  @org.junit.jupiter.api.Test
  void thereAreAtLeastThreeExamples() throws IOException {
    assertTrue(examples().size() >= 3);
  }
}
