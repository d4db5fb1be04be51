package org.potctl.controller.apply;

import java.util.Locale;

/** How one step of an apply ended. */
public enum StepStatus {
  /** The command succeeded and the step's readiness held. */
  APPLIED,
  /** The command failed, timed out, or its readiness did not hold in time. */
  FAILED,
  /** Never started: a step it depends on failed, or the apply was stopped. */
  SKIPPED;

  /** The name used in JSON and text output: {@code applied}, {@code failed}, {@code skipped}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
