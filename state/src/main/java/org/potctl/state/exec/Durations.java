package org.potctl.state.exec;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser of potctl's short durations ({@code --interval}, {@code --lock-timeout}, {@code gc
 * --older-than}, the simulator's {@code latency}): a whole number followed by {@code ms}, {@code
 * s}, {@code m}, {@code h} or {@code d}, e.g. {@code 500ms}, {@code 30s}, {@code 5m}, {@code 7d}.
 */
public final class Durations {

  private static final Pattern FORM = Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)");

  private Durations() {}

  /**
   * Parses a duration longer than zero.
   *
   * @throws IllegalArgumentException when it does not parse or is zero
   */
  public static Duration parse(String text) {
    Duration d = parseAllowingZero(text);
    if (d.isZero()) {
      throw new IllegalArgumentException("'" + text + "' must be longer than zero");
    }
    return d;
  }

  /**
   * Parses a duration that may be zero ({@code 0s}: do not wait).
   *
   * @throws IllegalArgumentException when it does not parse
   */
  public static Duration parseAllowingZero(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; use e.g. 500ms, 30s, 5m, 1h or 7d");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /** {@code d} the way {@link #parse} reads it, in the largest exact unit. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms != 0 && ms % 86_400_000 == 0) {
      return ms / 86_400_000 + "d";
    }
    if (ms != 0 && ms % 3_600_000 == 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms != 0 && ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }
}
