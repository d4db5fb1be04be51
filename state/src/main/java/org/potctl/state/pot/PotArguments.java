package org.potctl.state.pot;

import java.util.regex.Pattern;

/**
 * Checks of every value potctl passes to pot or zfs; each returns the value or throws {@link
 * IllegalArgumentException} naming what is wrong. Names follow the safe rule of pot.md §6.1.
 */
public final class PotArguments {

  private static final Pattern RELEASE =
      Pattern.compile("[0-9]{1,2}\\.[0-9]{1,2}(-(RC|BETA|ALPHA)[0-9]{1,2})?");
  private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+:-]{0,127}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SHELL_EXPANDING = Pattern.compile("[$`\\\\\"]");
  private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");
  private static final Pattern PATH_PART = Pattern.compile("[^\\s/\\p{Cntrl}]+");

  private PotArguments() {}

  /** A pot, fscomp, bridge or flavour name: {@code ^[A-Za-z][A-Za-z0-9_-]{0,54}$}. */
  public static String name(String what, String value) {
    if (value == null || !isName(value)) {
      throw new IllegalArgumentException(
          "invalid " + what + " name '" + value + "': must match ^[A-Za-z][A-Za-z0-9_-]{0,54}$");
    }
    return value;
  }

  /** A FreeBSD release or base name such as {@code 14.1} or {@code 14.0-RC1}. */
  public static String release(String value) {
    if (value == null || !RELEASE.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid FreeBSD release '" + value + "', e.g. 14.1");
    }
    return value;
  }

  /** A base: a release ({@code 14.1}) or a custom base name. */
  public static String base(String value) {
    if (value != null && (RELEASE.matcher(value).matches() || isName(value))) {
      return value;
    }
    throw new IllegalArgumentException(
        "invalid base '" + value + "': a release such as 14.1 or a name");
  }

  /**
   * An absolute, normalised path without {@code .}/{@code ..} components, empty components,
   * whitespace or control characters (pot cannot handle spaces in mount paths).
   */
  public static String absolutePath(String what, String value) {
    if (value == null || !value.startsWith("/")) {
      throw new IllegalArgumentException(what + " must be an absolute path: '" + value + "'");
    }
    if (value.equals("/")) {
      return value;
    }
    for (String part : value.substring(1).split("/", -1)) {
      if (part.equals(".") || part.equals("..") || !PATH_PART.matcher(part).matches()) {
        throw new IllegalArgumentException(
            what + " must be a normalised absolute path without spaces: '" + value + "'");
      }
    }
    return value;
  }

  /** A dotted-quad IPv4 address. */
  public static String ipv4(String value) {
    String[] parts = value == null ? new String[0] : value.split("\\.", -1);
    boolean ok = parts.length == 4;
    for (int i = 0; ok && i < 4; i++) {
      ok = OCTET.matcher(parts[i]).matches() && Integer.parseInt(parts[i]) <= 255;
    }
    if (!ok) {
      throw new IllegalArgumentException("invalid IPv4 address '" + value + "'");
    }
    return value;
  }

  /** A TCP/UDP port, 1–65535. */
  public static int port(int value) {
    if (value < 1 || value > 65535) {
      throw new IllegalArgumentException("port out of range 1-65535: " + value);
    }
    return value;
  }

  /** A ZFS filesystem name: components of letters, digits, {@code _ . : -}, no snapshot part. */
  public static String dataset(String value) {
    if (value == null || value.isEmpty() || value.length() > 255) {
      throw new IllegalArgumentException("invalid dataset name '" + value + "'");
    }
    if (!isDataset(value)) {
      throw new IllegalArgumentException("invalid dataset name '" + value + "'");
    }
    return value;
  }

  /**
   * {@code ^[A-Za-z][A-Za-z0-9_-]{0,54}$} by hand: plans check every name of every step, and this
   * loop costs a tenth of the regular expression.
   */
  static boolean isName(String v) {
    int n = v.length();
    if (n < 1 || n > 55 || !letter(v.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = v.charAt(i);
      if (!letter(c) && !digit(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Components {@code [A-Za-z0-9][A-Za-z0-9_.:-]*} joined by single slashes, by hand. */
  static boolean isDataset(String v) {
    boolean componentStart = true;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '/') {
        if (componentStart) {
          return false;
        }
        componentStart = true;
      } else if (componentStart) {
        if (!letter(c) && !digit(c)) {
          return false;
        }
        componentStart = false;
      } else if (!letter(c) && !digit(c) && c != '_' && c != '.' && c != ':' && c != '-') {
        return false;
      }
    }
    return !componentStart;
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** An identifier stored in a ZFS property: a spec id or an apply id. */
  public static String id(String what, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid " + what + " '" + shown(value) + "': letters, digits and . _ @ + : - only");
    }
    return value;
  }

  /**
   * {@code value} with its control characters as {@code \}{@code uXXXX}: a spec id comes from the
   * spec directory's name, and a line feed in it would start a line of its own in the message.
   */
  private static String shown(String value) {
    StringBuilder b = new StringBuilder();
    String v = String.valueOf(value);
    v.chars()
        .forEach(c -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : (char) c));
    return b.toString();
  }

  /** A value for pot.conf: no line breaks or control characters, which would corrupt the file. */
  public static String confValue(String what, String value) {
    if (value == null || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(what + " must not contain control characters or newlines");
    }
    return value;
  }

  /**
   * A {@code NAME=value} for {@code pot set-env}: a shell variable name, and a one-line value
   * without {@code $ ` \\ "} (pot writes it into a shell script at start).
   */
  public static String envEntry(String entry) {
    int eq = confValue("environment entry", entry).indexOf('=');
    if (eq <= 0 || !ENV_NAME.matcher(entry.substring(0, eq)).matches()) {
      throw new IllegalArgumentException("invalid environment entry '" + entry + "': NAME=value");
    }
    if (SHELL_EXPANDING.matcher(entry.substring(eq + 1)).find()) {
      throw new IllegalArgumentException(
          "environment value of " + entry.substring(0, eq) + " must not contain $, `, \\ or \"");
    }
    return entry;
  }

  /** A host name for {@code pot set-hosts}: letters, digits, dots and dashes. */
  public static String hostname(String value) {
    if (value == null || !HOSTNAME.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid hostname '" + value + "'");
    }
    return value;
  }
}
