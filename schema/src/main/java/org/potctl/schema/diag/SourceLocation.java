package org.potctl.schema.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a Potfile. Lines and columns are 1-based.
 *
 * @param file the file as given to the loader (the spec directory joined with the relative path)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(Path file, int line, int column)
    implements Comparable<SourceLocation> {

  private static final Comparator<SourceLocation> ORDER =
      Comparator.comparing((SourceLocation l) -> l.file().toString())
          .thenComparingInt(SourceLocation::line)
          .thenComparingInt(SourceLocation::column);

  /** Checks the file is present and the position is 1-based. */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The start of {@code file}. */
  public static SourceLocation startOf(Path file) {
    return new SourceLocation(file, 1, 1);
  }

  @Override
  public int compareTo(SourceLocation other) {
    return ORDER.compare(this, other);
  }

  /** {@code FILE:LINE:COL}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
