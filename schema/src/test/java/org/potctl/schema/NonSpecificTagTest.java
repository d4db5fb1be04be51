package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The non-specific tag {@code !} is refused on every node (issue 14): YAML 1.2 resolves {@code !
 * 80} to the string "80", and before the loader dropped the tag and read the number 80.
 */
class NonSpecificTagTest {

  private static final String BANG =
      "the non-specific YAML tag \"!\"%s is not allowed (YAML 1.2 makes ! 80 the string \"80\","
          + " not a number): drop the !, or quote a value meant as text";

  @TempDir Path dir;

  private List<String> pot(String fields) {
    return new Fixture(dir)
        .file("p.yaml", "version: 1\npots:\n  web:\n    base: \"14.1\"\n" + fields)
        .lines();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'    ports: [! 80]' | 5:13 | ''",
        "'    resources: {cpus: ! 2}' | 5:23 | ''",
        "'    cmd: ! nginx' | 5:10 | ''",
        "'    env: {! PORT: x}' | 5:11 | ' on a mapping key'",
        "'    env: ! {PORT: x}' | 5:10 | ' on a mapping or sequence'",
        "'    depends_on: ! []' | 5:17 | ' on a mapping or sequence'",
      })
  void aBareTagIsALocatedError(String fields, String at, String where) {
    assertEquals(
        List.of("p.yaml:" + at + ": error: " + String.format(BANG, where)), pot(fields + "\n"));
  }

  @Test
  void theNumberAndTheQuotedStringHold() {
    assertEquals(List.of(), pot("    resources: {cpus: 2}\n    cmd: \"80\"\n"));
  }

  @Test
  void strStaysAllowed() {
    assertEquals(List.of(), pot("    cmd: !!str 80\n"));
  }
}
