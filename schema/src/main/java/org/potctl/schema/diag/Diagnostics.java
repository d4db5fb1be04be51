package org.potctl.schema.diag;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An immutable, sorted (by file, line, column) and duplicate-free list of diagnostics.
 *
 * @param all every diagnostic, sorted
 */
public record Diagnostics(List<Diagnostic> all) implements Iterable<Diagnostic> {

  /** Sorts, removes duplicates and copies. */
  public Diagnostics {
    all = all.stream().distinct().sorted().toList();
  }

  /** No diagnostics at all. */
  public static Diagnostics empty() {
    return new Diagnostics(List.of());
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** Only the errors, sorted. */
  public List<Diagnostic> errors() {
    return all.stream().filter(Diagnostic::isError).toList();
  }

  /** Only the warnings, sorted. */
  public List<Diagnostic> warnings() {
    return all.stream().filter(d -> !d.isError()).toList();
  }

  /** Whether there are no diagnostics. */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The number of diagnostics. */
  public int size() {
    return all.size();
  }

  /** The diagnostics as a stream, sorted. */
  public Stream<Diagnostic> stream() {
    return all.stream();
  }

  /** This list plus {@code other}, re-sorted. */
  public Diagnostics plus(Diagnostics other) {
    List<Diagnostic> merged = new ArrayList<>(all);
    merged.addAll(other.all);
    return new Diagnostics(merged);
  }

  @Override
  public Iterator<Diagnostic> iterator() {
    return all.iterator();
  }

  /** Collects diagnostics in any order; {@link #build()} sorts them. Not thread-safe. */
  public static final class Builder {
    private final List<Diagnostic> items = new ArrayList<>();

    private Builder() {}

    /** Adds one diagnostic. */
    public Builder add(Diagnostic diagnostic) {
      items.add(diagnostic);
      return this;
    }

    /** Adds all of {@code diagnostics}. */
    public Builder addAll(Iterable<Diagnostic> diagnostics) {
      diagnostics.forEach(items::add);
      return this;
    }

    /** Whether an error has been added so far. */
    public boolean hasErrors() {
      return items.stream().anyMatch(Diagnostic::isError);
    }

    /** The number of diagnostics added so far. */
    public int size() {
      return items.size();
    }

    /** The sorted, immutable result. */
    public Diagnostics build() {
      return new Diagnostics(items);
    }
  }
}
