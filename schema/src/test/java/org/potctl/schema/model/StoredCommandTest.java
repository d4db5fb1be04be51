package org.potctl.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What pot 0.16.1's {@code _set_command} (common.sh:855-860) writes as {@code pot.cmd=}: the
 * expectations are its two sed expressions applied by hand ({@code s/^"//}, then, only when that
 * changed the command, {@code s/"$//}).
 */
class StoredCommandTest {

  @ParameterizedTest(name = "[{0}] is stored as [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "nginx|nginx",
        "'\"nginx -g daemon off;\"'|nginx -g daemon off;",
        "'\"/usr/local/bin/app'|/usr/local/bin/app",
        "'app\"'|app\"",
        "'\"\"'|''",
        "'\"'|''",
        "'\"a\"\"'|a\"",
        "'  \"x\"'|'  \"x\"'"
      })
  void storedAsPotWritesIt(String given, String stored) {
    assertEquals(stored, PotOptions.storedCommand(given));
  }
}
