package org.potctl.controller.watch;

import java.util.Locale;

/** How one reconcile ended; the {@code result} tag of the reconcile metric. */
public enum ReconcileResult {
  /** Planned (and applied unless plan-only) without error. */
  OK,
  /** The spec did not validate; nothing was planned or applied. */
  INVALID,
  /** Observation, planning or a step failed. */
  FAILED,
  /** Refused for safety: empty spec, lock held, data loss not allowed, too many deletions. */
  REFUSED;

  /** The lower-case name used in JSON, logs and metric tags. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
