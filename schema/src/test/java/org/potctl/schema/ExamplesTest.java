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
    // the everyday example has hooks, which only the operator's --allow-hooks accepts
    LoadResult result = new SpecLoader().load(example, LoadOptions.defaults().withHooks(true));

    assertEquals(List.of(), result.diagnostics().all(), () -> example.toString());
    assertTrue(result.spec().isPresent());
    assertFalse(result.spec().get().pots().isEmpty());
  }

  @org.junit.jupiter.api.Test
  void hooksAreRefusedUnlessTheOperatorAllowsThem() {
    LoadResult result = new SpecLoader().load(EXAMPLES.resolve("everyday"), LoadOptions.defaults());
    List<String> errors =
        result.diagnostics().errors().stream()
            .map(d -> d.location().orElseThrow() + ": " + d.qualifiedMessage())
            .toList();
    String refused =
        ": a hook is a script pot runs on the host as root at every start or stop; the operator"
            + " must pass --allow-hooks";
    assertEquals(
        List.of(
            EXAMPLES.resolve("everyday/potfile.yaml") + ":18:17: pots.api.hooks.prestart" + refused,
            EXAMPLES.resolve("everyday/potfile.yaml")
                + ":19:17: pots.api.hooks.poststop"
                + refused),
        errors);
    assertTrue(result.spec().isEmpty(), "nothing is planned from it");
  }

  @org.junit.jupiter.api.Test
  void thereAreAtLeastThreeExamples() throws IOException {
    assertTrue(examples().size() >= 3);
  }
}
