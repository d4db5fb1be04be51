package org.potctl.schema.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size such as {@code 512M} or {@code 10G}: binary units (K = 1024), no fraction.
 *
 * @param bytes the size in bytes, positive
 * @param text the canonical text: digits without leading zeros and an upper-case unit, e.g. {@code
 *     512M}; plain bytes have no unit
 */
public record Size(long bytes, String text) {

  private static final Pattern SYNTAX = Pattern.compile("([1-9][0-9]{0,14})([bBkKmMgGtT]?)");
  private static final String UNITS = "BKMGT";

  /** Checks the text is canonical and matches the byte count. */
  public Size {
    if (!text.equals(canonical(text)) || bytes(text) != bytes) {
      throw new IllegalArgumentException("size text " + text + " does not match " + bytes);
    }
  }

  /** Parses {@code 512M}, {@code 10g}, {@code 4096}; empty when malformed, zero or too large. */
  public static Optional<Size> parse(String text) {
    String canonical = canonical(text);
    if (canonical.isEmpty()) {
      return Optional.empty();
    }
    long bytes = bytes(canonical);
    return bytes <= 0 ? Optional.empty() : Optional.of(new Size(bytes, canonical));
  }

  private static String canonical(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      return "";
    }
    String unit = m.group(2).toUpperCase(Locale.ROOT);
    return m.group(1) + (unit.equals("B") ? "" : unit);
  }

  private static long bytes(String canonical) {
    Matcher m = SYNTAX.matcher(canonical);
    if (!m.matches()) {
      return -1;
    }
    String unit = m.group(2).isEmpty() ? "B" : m.group(2);
    int shift = 10 * UNITS.indexOf(unit);
    long number = Long.parseLong(m.group(1));
    return Long.numberOfLeadingZeros(number) <= shift ? -1 : number << shift;
  }

  @Override
  public String toString() {
    return text;
  }
}
