package org.potctl.controller.watch;

import java.nio.file.Path;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.SourceLocation;

/**
 * A diagnostic as shown by {@code /status} and the log, with its file relative to the checkout.
 *
 * @param severity {@code error} or {@code warning}
 * @param file the file relative to the repository (or directory) root, or empty
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param path the offending node, e.g. {@code pots.web.ports[1]}, or empty
 * @param message what is wrong
 * @param related a second place involved (the first definition of a duplicate name), its file
 *     relative to the checkout like {@code file}, or empty
 */
public record Finding(
    String severity,
    Optional<String> file,
    int line,
    int column,
    String path,
    String message,
    Optional<Place> related) {

  /** A file, line and column, the file relative to the checkout when it lies inside it. */
  public record Place(String file, int line, int column) {
    static Place of(SourceLocation at, Path root) {
      Path absolute = at.file().toAbsolutePath().normalize();
      Path shown = absolute.startsWith(root) ? root.relativize(absolute) : at.file();
      return new Place(shown.toString().replace('\\', '/'), at.line(), at.column());
    }
  }

  /** {@code diagnostic} with its file made relative to {@code root} when it lies inside it. */
  static Finding of(Diagnostic diagnostic, Path root) {
    String severity = diagnostic.isError() ? "error" : "warning";
    Optional<Place> related = diagnostic.related().map(at -> Place.of(at, root));
    if (diagnostic.location().isEmpty()) {
      return new Finding(
          severity, Optional.empty(), 0, 0, diagnostic.path(), diagnostic.message(), related);
    }
    Place at = Place.of(diagnostic.location().get(), root);
    return new Finding(
        severity,
        Optional.of(at.file()),
        at.line(),
        at.column(),
        diagnostic.path(),
        diagnostic.message(),
        related);
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
