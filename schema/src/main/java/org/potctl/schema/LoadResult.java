package org.potctl.schema;

import java.util.Objects;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.Spec;

/**
 * The outcome of loading a spec directory.
 *
 * @param spec the spec, present exactly when {@code diagnostics} has no errors
 * @param diagnostics every problem found, sorted
 */
public record LoadResult(Optional<Spec> spec, Diagnostics diagnostics) {

  /** Checks that a spec is present exactly when there are no errors. */
  public LoadResult {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(diagnostics, "diagnostics");
    if (spec.isPresent() == diagnostics.hasErrors()) {
      throw new IllegalArgumentException("a spec is present exactly when there are no errors");
    }
  }

  /** Whether the spec is valid. */
  public boolean isValid() {
    return spec.isPresent();
  }
}
