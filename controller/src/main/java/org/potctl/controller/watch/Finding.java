package org.potctl.controller.watch;

import java.nio.file.Path;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;

/**
 * A diagnostic as shown by {@code /status} and the log, with its file relative to the checkout.
 *
 * @param severity {@code error} or {@code warning}
 * @param file the file relative to the repository (or directory) root, or empty
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param path the offending node, e.g. {@code pots.web.ports[1]}, or empty
 * @param message what is wrong
 */
public record Finding(
    String severity, Optional<String> file, int line, int column, String path, String message) {

  /** {@code diagnostic} with its file made relative to {@code root} when it lies inside it. */
  static Finding of(Diagnostic diagnostic, Path root) {
    String severity = diagnostic.isError() ? "error" : "warning";
    if (diagnostic.location().isEmpty()) {
      return new Finding(severity, Optional.empty(), 0, 0, diagnostic.path(), diagnostic.message());
    }
    Path file = diagnostic.location().get().file();
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : file;
    return new Finding(
        severity,
        Optional.of(shown.toString().replace('\\', '/')),
        diagnostic.location().get().line(),
        diagnostic.location().get().column(),
        diagnostic.path(),
        diagnostic.message());
  }

  /** {@code FILE:LINE:COL}, or empty without a location. */
  public String where() {
    return file.map(f -> f + ":" + line + ":" + column).orElse("");
  }

  /** As printed: {@code FILE:LINE:COL: error: PATH: MESSAGE}. */
  @Override
  public String toString() {
    String at = file.isPresent() ? where() + ": " : "";
    return at + severity + ": " + (path.isEmpty() ? message : path + ": " + message);
  }
}
