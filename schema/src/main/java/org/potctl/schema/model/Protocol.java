package org.potctl.schema.model;

import java.util.Locale;

/** The transport protocol of an exported port. */
public enum Protocol {
  /** TCP, pot's default. */
  TCP,
  /** UDP. */
  UDP;

  /** The lowercase label used by pot and in Potfiles. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
