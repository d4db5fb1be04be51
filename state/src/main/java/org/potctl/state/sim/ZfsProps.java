package org.potctl.state.sim;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Property semantics of the modelled ZFS: defaults, inheritance, sizes, value checks. */
final class ZfsProps {

  static final long OWN_USED = 98_304L;
  static final long AVAILABLE = 10_737_418_240L;

  private static final Map<String, String> INHERITABLE_DEFAULTS =
      Map.of(
          "compression", "off",
          "atime", "on",
          "exec", "on",
          "setuid", "on",
          "readonly", "off",
          "recordsize", "131072",
          "checksum", "on",
          "sync", "standard");
  private static final Set<String> SIZES =
      Set.of("quota", "reservation", "refquota", "refreservation", "recordsize");
  private static final Set<String> ON_OFF = Set.of("atime", "exec", "setuid", "readonly");
  private static final Set<String> READ_ONLY =
      Set.of(
          "name",
          "type",
          "creation",
          "used",
          "avail",
          "available",
          "refer",
          "referenced",
          "mounted",
          "origin",
          "usedbysnapshots");
  private static final Pattern SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)([BKMGTP]?)B?", Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter CREATION =
      DateTimeFormatter.ofPattern("EEE MMM ppd ppH:mm yyyy", Locale.US).withZone(ZoneId.of("UTC"));

  private ZfsProps() {}

  static boolean isUser(String prop) {
    return prop.contains(":");
  }

  static boolean isKnown(String prop) {
    return isUser(prop)
        || READ_ONLY.contains(prop)
        || INHERITABLE_DEFAULTS.containsKey(prop)
        || SIZES.contains(prop)
        || Set.of("mountpoint", "canmount").contains(prop);
  }

  static boolean isInheritable(String prop) {
    return isUser(prop) || INHERITABLE_DEFAULTS.containsKey(prop) || prop.equals("mountpoint");
  }

  static String defaultValue(String prop) {
    if (INHERITABLE_DEFAULTS.containsKey(prop)) {
      return INHERITABLE_DEFAULTS.get(prop);
    }
    return switch (prop) {
      case "canmount" -> "on";
      case "quota", "reservation", "refquota", "refreservation" -> "0";
      default -> "-";
    };
  }

  /**
   * Checks and normalises a value for {@code zfs set}/{@code -o}: sizes become bytes.
   *
   * @return the stored value, or empty with the complaint in {@code why[0]}
   */
  static Optional<String> normalise(String prop, String value, String[] why) {
    if (READ_ONLY.contains(prop)) {
      why[0] = "property '" + prop + "' is readonly";
      return Optional.empty();
    }
    if (!isKnown(prop)) {
      why[0] = "invalid property '" + prop + "'";
      return Optional.empty();
    }
    if (SIZES.contains(prop)) {
      if (value.equals("none") && !prop.equals("recordsize")) {
        return Optional.of("0");
      }
      Optional<Long> bytes = parseSize(value);
      if (bytes.isEmpty()) {
        why[0] = "bad numeric value '" + value + "'";
      }
      return bytes.map(String::valueOf);
    }
    if (ON_OFF.contains(prop) && !Set.of("on", "off").contains(value)) {
      why[0] = "'" + prop + "' must be one of 'on | off'";
      return Optional.empty();
    }
    if (prop.equals("canmount") && !Set.of("on", "off", "noauto").contains(value)) {
      why[0] = "'canmount' must be one of 'on | off | noauto'";
      return Optional.empty();
    }
    if (prop.equals("mountpoint")
        && !(value.startsWith("/") || value.equals("none") || value.equals("legacy"))) {
      why[0] = "'mountpoint' must be an absolute path, 'none', or 'legacy'";
      return Optional.empty();
    }
    return Optional.of(value);
  }

  static Optional<Long> parseSize(String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    double n = Double.parseDouble(m.group(1));
    int shift = "BKMGTP".indexOf(m.group(2).isEmpty() ? "B" : m.group(2).toUpperCase(Locale.ROOT));
    return Optional.of((long) (n * Math.pow(1024, shift)));
  }

  /** Presents a stored value: sizes human-readable unless {@code parsable}. */
  static String present(String prop, String value, boolean parsable) {
    if (value.equals("-") || parsable) {
      return value;
    }
    if (SIZES.contains(prop)
        || Set.of("used", "avail", "available", "refer", "referenced").contains(prop)) {
      long n = Long.parseLong(value);
      if (n == 0 && !prop.equals("used") && !prop.startsWith("ref") && !prop.startsWith("av")) {
        return "none";
      }
      return nicenum(n);
    }
    if (prop.equals("creation")) {
      return CREATION.format(Instant.ofEpochSecond(Long.parseLong(value)));
    }
    return value;
  }

  /**
   * zfs's {@code zfs_nicenum}: 1024-based, at most 5 characters, e.g. {@code 96K}, {@code 1.50M}.
   */
  static String nicenum(long n) {
    int unit = 0;
    long v = n;
    while (v >= 1024 && unit < 6) {
      v /= 1024;
      unit++;
    }
    char u = " KMGTPE".charAt(unit);
    if (unit == 0) {
      return n + "B";
    }
    if (n % (1L << (10 * unit)) == 0) {
      return v + String.valueOf(u);
    }
    double d = (double) n / (1L << (10 * unit));
    for (int precision = 2; precision >= 0; precision--) {
      String s = String.format(Locale.ROOT, "%." + precision + "f%c", d, u);
      if (s.length() <= 5) {
        return s;
      }
    }
    return String.format(Locale.ROOT, "%.0f%c", d, u);
  }
}
