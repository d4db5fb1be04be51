package org.potctl.schema.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A flavour's bootstrap script, read from the spec directory.
 *
 * @param path the script's absolute path (inside the spec directory, symlinks resolved)
 * @param content the script's text
 */
public record FlavourScript(Path path, String content) {

  /** Checks the path is absolute. */
  public FlavourScript {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (!path.isAbsolute()) {
      throw new IllegalArgumentException("script path must be absolute: " + path);
    }
  }
}
