package org.potctl.schema.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a spec.
 *
 * @param severity error or warning
 * @param path the JSON-style path of the offending node, e.g. {@code pots.web.ports[1]}; empty for
 *     a whole file
 * @param message what is wrong, without the path or location
 * @param location where the offending node starts, when known
 * @param related a second place involved, e.g. the first definition of a duplicate name
 */
public record Diagnostic(
    Severity severity,
    String path,
    String message,
    Optional<SourceLocation> location,
    Optional<SourceLocation> related)
    implements Comparable<Diagnostic> {

  private static final Comparator<Optional<SourceLocation>> BY_LOCATION =
      (a, b) -> {
        if (a.isEmpty() || b.isEmpty()) {
          return Boolean.compare(a.isPresent(), b.isPresent());
        }
        return a.get().compareTo(b.get());
      };

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location, BY_LOCATION)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::path)
          .thenComparing(Diagnostic::message);

  /** Checks every part is present. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(related, "related");
  }

  /** An error at {@code location}. */
  public static Diagnostic error(String path, String message, SourceLocation location) {
    return new Diagnostic(Severity.ERROR, path, message, Optional.of(location), Optional.empty());
  }

  /** An error at {@code location} that also points at {@code related}. */
  public static Diagnostic error(
      String path, String message, SourceLocation location, SourceLocation related) {
    return new Diagnostic(
        Severity.ERROR, path, message, Optional.of(location), Optional.of(related));
  }

  /** An error with no location (e.g. an unreadable spec directory). */
  public static Diagnostic error(String path, String message) {
    return new Diagnostic(Severity.ERROR, path, message, Optional.empty(), Optional.empty());
  }

  /** A warning at {@code location}. */
  public static Diagnostic warning(String path, String message, SourceLocation location) {
    return new Diagnostic(Severity.WARNING, path, message, Optional.of(location), Optional.empty());
  }

  /** A warning with no location (e.g. about an object on the host). */
  public static Diagnostic warning(String path, String message) {
    return new Diagnostic(Severity.WARNING, path, message, Optional.empty(), Optional.empty());
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The message prefixed with the path, as printed: {@code pots.web.ports[1]: ...}. */
  public String qualifiedMessage() {
    return path.isEmpty() ? message : path + ": " + message;
  }

  /** The diagnostic as one line: {@code FILE:LINE:COL: error: pots.web.ports[1]: ...}. */
  public String line() {
    String head = severity.label() + ": " + qualifiedMessage();
    return location.map(l -> l + ": " + head).orElse(head);
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
