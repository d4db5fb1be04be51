package org.potctl.controller.watch;

import java.util.HashMap;
import java.util.Map;

/** Potfile contents for watcher tests. */
final class Specs {

  private Specs() {}

  static final String VALID =
      """
      version: 1
      pots:
        web:
          base: "14.1"
      """;

  /** Invalid: an unknown key at line 4, column 5 and a bad network type. */
  static final String INVALID =
      """
      version: 1
      pots:
        web:
          bass: "14.1"
      """;

  /** A commit's files: a valid Potfile under {@code dir} and a marker naming it. */
  static Map<String, String> valid(String dir, String marker) {
    Map<String, String> files = new HashMap<>();
    files.put(dir + "pots.yaml", VALID);
    files.put(dir + "marker.txt", marker);
    return files;
  }
}
