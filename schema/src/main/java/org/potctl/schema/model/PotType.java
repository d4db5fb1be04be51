package org.potctl.schema.model;

import java.util.Locale;

/** pot's pot types ({@code pot create -t}). */
public enum PotType {
  /** One dataset holding the whole jail; the default. */
  SINGLE,
  /** Layered on a base's datasets. */
  MULTI;

  /** The lowercase label used by pot and in Potfiles. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
