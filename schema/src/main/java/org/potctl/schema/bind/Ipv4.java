package org.potctl.schema.bind;

import java.util.regex.Pattern;

/** Strict dotted-quad IPv4 addresses. */
public final class Ipv4 {

  private static final Pattern SYNTAX =
      Pattern.compile(
          "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  private Ipv4() {}

  /** Checks {@code text} is a unicast IPv4 address a pot can use. */
  public static Outcome<String> parse(String text) {
    if (!SYNTAX.matcher(text).matches()) {
      return Outcome.fail("must be an IPv4 address such as 10.192.0.10");
    }
    int first = Integer.parseInt(text.substring(0, text.indexOf('.')));
    if (first == 0 || first == 127 || first >= 224) {
      return Outcome.fail("must be a unicast address outside 0/8 and 127/8");
    }
    return Outcome.ok(text);
  }
}
