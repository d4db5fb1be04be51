package org.potctl.state.zfs;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte counts as zfs prints them: exact ({@code -p}) or human ({@code 536K}, {@code 1.5M}). */
public final class Sizes {

  private static final Pattern HUMAN = Pattern.compile("(\\d+(?:\\.\\d+)?)([BKMGTPE]?)");
  private static final String UNITS = "BKMGTPE";

  private Sizes() {}

  /**
   * The number of bytes of {@code text}; human sizes use powers of 1024 and are rounded.
   *
   * @throws IllegalArgumentException if it is not a size
   */
  public static long parseBytes(String text) {
    Matcher m = HUMAN.matcher(text.trim().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a size: '" + text + "'");
    }
    String unit = m.group(2).isEmpty() ? "B" : m.group(2);
    BigDecimal bytes =
        new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(UNITS.indexOf(unit)));
    try {
      return bytes.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("size too large: '" + text + "'", e);
    }
  }
}
