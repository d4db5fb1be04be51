package org.potctl.schema.yaml;

/** Safe rendering of untrusted text in messages: quoted, escaped and shortened. */
public final class Text {

  private static final int MAX = 64;

  private Text() {}

  /**
   * {@code value} whole, unquoted, with every character {@link #isControl} refuses (and surrogates,
   * U+FEFF) escaped as a backslash, {@code u} and four hex digits: untrusted text printed to a
   * terminal, which must not be able to move the cursor, clear the screen or reorder what is shown
   * around it.
   */
  public static String visible(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(hidden(c) ? unicode(c) : String.valueOf(c));
    }
    return out.toString();
  }

  /** {@code "value"} with control and non-ASCII-printable characters escaped, at most ~64 chars. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < value.length() && shown < MAX; i++, shown++) {
      out.append(escape(value.charAt(i)));
    }
    if (value.length() > MAX) {
      out.append("...");
    }
    return out.append('"').toString();
  }

  /**
   * Whether {@code value} contains a control character (C0, DEL, C1), a line/paragraph separator, a
   * bidirectional formatting character (U+061C, U+200E/F, U+202A..E, U+2066..9) or an invisible one
   * ({@link #isHiding}).
   */
  public static boolean hasControl(String value) {
    return value.chars().anyMatch(Text::isControl);
  }

  /**
   * Whether {@code value} holds a tab or a line break: the control characters the YAML tree lets
   * through to each field's own rule (every other one is refused there, once).
   */
  public static boolean hasTabOrLineBreak(String value) {
    return value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0;
  }

  /** The first character of {@code value} that {@link #isControl} refuses, or -1. */
  public static int firstControl(String value) {
    return value.chars().filter(Text::isControl).findFirst().orElse(-1);
  }

  /** Whether {@code c} is one of the characters {@link #hasControl} refuses. */
  public static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 || isHiding(c);
  }

  /**
   * Whether {@code c} changes how the text around it is shown without being seen itself: the
   * bidirectional formatting characters and the invisible ones (soft hyphen, zero-width space and
   * joiners, word joiner and invisible operators, U+FEFF). Refused anywhere in a Potfile, comments
   * included (a "trojan source" comment can make a line read as something else), except a byte
   * order mark at the very start.
   */
  public static boolean isHiding(int c) {
    return c == 0x00ad
        || (c >= 0x200b && c <= 0x200d)
        || (c >= 0x2060 && c <= 0x2064)
        || c == 0xfeff
        || c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * The kind of a character {@link #isControl} refuses, as a message names it: {@code "control"}
   * (C0, DEL, C1), {@code "line or paragraph separator"}, {@code "bidirectional formatting"} or
   * {@code "invisible"} (soft hyphen, zero-width characters, word joiner, invisible operators,
   * U+FEFF).
   */
  public static String kind(int c) {
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
      return "control";
    }
    if (c == 0x2028 || c == 0x2029) {
      return "line or paragraph separator";
    }
    if (c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)) {
      return "bidirectional formatting";
    }
    return "invisible";
  }

  private static String escape(char c) {
    if (c == '"' || c == '\\') {
      return "\\" + c;
    }
    return hidden(c) ? unicode(c) : String.valueOf(c);
  }

  private static String unicode(char c) {
    return String.format("\\u%04x", (int) c);
  }

  private static boolean hidden(char c) {
    return isControl(c) || Character.isSurrogate(c) || c == 0xfeff;
  }
}
