package org.potctl.controller.watch;

/** What the periodic re-check does with drift ({@code --drift}). */
public enum DriftMode {
  /** Re-apply the current revision (the default, like Flux). */
  HEAL,
  /** Only report drift in {@code /status}, the log and the metrics. */
  WARN
}
