package org.potctl.controller.fleet;

import java.nio.file.Path;
import java.util.List;

/** {@code hosts.yaml} is unreadable or wrong: every problem, one per line, prefixed by the file. */
public class InventoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InventoryException(Path file, List<String> problems) {
    super(file + ": " + String.join("\n" + file + ": ", problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, without the file prefix. */
  public List<String> problems() {
    return problems;
  }
}
