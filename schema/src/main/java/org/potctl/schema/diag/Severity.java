package org.potctl.schema.diag;

import java.util.Locale;

/** How bad a diagnostic is. Only errors make a spec invalid. */
public enum Severity {
  /** The spec is invalid. */
  ERROR,
  /** Worth knowing; the spec is still valid. */
  WARNING;

  /** The lowercase label used in output: {@code error}, {@code warning}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
