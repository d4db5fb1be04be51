package org.potctl.schema;

import java.nio.file.Path;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;

/**
 * Loads a spec directory: every {@code *.yaml}/{@code *.yml} file under it (recursively, sorted by
 * path, dot-directories skipped), validated against the Potfile v1 schema and the rules of
 * DESIGN.md §2, and bound to a {@link org.potctl.schema.model.Spec}. Never throws on bad input;
 * every problem becomes a diagnostic.
 */
public final class SpecLoader {

  /** Loads and validates {@code dir}. */
  public LoadResult load(Path dir, LoadOptions options) {
    return new LoadResult(
        Optional.empty(),
        Diagnostics.builder().add(Diagnostic.error("", "not implemented yet: " + dir)).build());
  }
}
