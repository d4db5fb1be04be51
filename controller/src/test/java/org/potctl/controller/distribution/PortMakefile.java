package org.potctl.controller.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plain {@code NAME= value} assignments of a port Makefile (comments and targets skipped). */
final class PortMakefile {

  private PortMakefile() {}

  static Map<String, String> variables(Path makefile) throws IOException {
    Map<String, String> vars = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(makefile);
    for (String line : lines) {
      if (line.startsWith("\t") || line.startsWith("#") || line.startsWith(".")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = line.substring(0, eq).replaceAll("[?+:]$", "").strip();
      if (!name.matches("[A-Z_][A-Z0-9_]*")) {
        continue;
      }
      String value = line.substring(eq + 1);
      int hash = value.indexOf('#');
      vars.put(name, (hash < 0 ? value : value.substring(0, hash)).strip());
    }
    return vars;
  }
}
