package org.potctl.state.model;

import java.util.Locale;

/** The transport protocol of a port export or redirect. */
public enum Protocol {
  TCP,
  UDP;

  /** {@code tcp} or {@code udp}, as pot and pf spell it. */
  public String potName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The protocol for {@code tcp} or {@code udp}. */
  public static Protocol fromPot(String value) {
    return switch (value) {
      case "tcp" -> TCP;
      case "udp" -> UDP;
      default -> throw new IllegalArgumentException("unknown protocol '" + value + "'");
    };
  }
}
