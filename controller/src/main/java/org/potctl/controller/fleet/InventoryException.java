package org.potctl.controller.fleet;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code hosts.yaml} is unreadable or wrong: every problem, one per line, located at the node it
 * names ({@code FILE:LINE:COL: error: …}, {@link InventoryLocations}).
 */
public class InventoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InventoryException(Path file, List<String> problems) {
    this(file, Optional.empty(), problems);
  }

  /** The problems of {@code file}, whose content {@code text} is (read again when empty). */
  public InventoryException(Path file, Optional<String> text, List<String> problems) {
    super(String.join("\n", InventoryLocations.located(file, text, problems)));
    this.problems = List.copyOf(problems);
  }

  /** The problems, without the file prefix. */
  public List<String> problems() {
    return problems;
  }
}
