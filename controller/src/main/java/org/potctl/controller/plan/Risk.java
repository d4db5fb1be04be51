package org.potctl.controller.plan;

import java.util.Locale;

/** The blast radius of a change, ordered from harmless to destructive. */
public enum Risk {
  /** No interruption. */
  NONE,
  /** The pot is restarted: a short outage of its services. */
  RESTART,
  /** A bridge, IP or port changes: clients may lose their way to the pot. */
  NETWORK,
  /** A dataset holding data is moved to the trash (restorable, but gone from the pot). */
  DATA_LOSS;

  /**
   * The name used in JSON and text output: {@code none}, {@code restart}, {@code network}, {@code
   * data-loss}.
   */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The higher of this risk and {@code other}. */
  public Risk max(Risk other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
