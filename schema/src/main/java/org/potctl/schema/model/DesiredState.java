package org.potctl.schema.model;

import java.util.Locale;

/** Whether a pot should be running after apply. */
public enum DesiredState {
  /** Started after apply; the default. */
  RUNNING,
  /** Created but left stopped. */
  STOPPED;

  /** The lowercase label used in Potfiles. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
