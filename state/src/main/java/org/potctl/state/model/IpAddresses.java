package org.potctl.state.model;

import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Pure parsing of IP address literals into one canonical text, so that {@code 2001:db8::20} and
 * {@code 2001:DB8:0:0::20} compare equal: IPv4 as four decimal octets without leading zeros, IPv6
 * as eight lower-case hex groups without leading zeros and without {@code ::} compression (a
 * trailing dotted IPv4 part is turned into two groups). Never resolves a name.
 */
public final class IpAddresses {

  private static final Pattern V4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{1,4}");

  private IpAddresses() {}

  /** The canonical text of an IPv4 or IPv6 literal (no zone, no prefix), or empty if it is none. */
  public static Optional<String> canonical(String ip) {
    return ip.contains(":") ? ipv6(ip) : ipv4(ip);
  }

  private static Optional<String> ipv4(String ip) {
    var m = V4.matcher(ip);
    if (!m.matches()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255) {
        return Optional.empty();
      }
      out.append(i > 1 ? "." : "").append(octet);
    }
    return Optional.of(out.toString());
  }

  private static Optional<String> ipv6(String ip) {
    String body = ip;
    int[] tail = new int[0];
    int lastColon = ip.lastIndexOf(':');
    if (ip.indexOf('.', lastColon) > 0) {
      Optional<String> v4 = ipv4(ip.substring(lastColon + 1));
      if (v4.isEmpty()) {
        return Optional.empty();
      }
      String[] o = v4.get().split("\\.");
      tail =
          new int[] {
            Integer.parseInt(o[0]) << 8 | Integer.parseInt(o[1]),
            Integer.parseInt(o[2]) << 8 | Integer.parseInt(o[3])
          };
      body = ip.substring(0, lastColon + 1);
      body = body.endsWith("::") ? body : body.substring(0, body.length() - 1);
    }
    int gap = body.indexOf("::");
    if (gap != body.lastIndexOf("::") || body.contains(":::")) {
      return Optional.empty();
    }
    int[] left = groups(gap < 0 ? body : body.substring(0, gap));
    int[] right = gap < 0 ? new int[0] : groups(body.substring(gap + 2));
    if (left == null || right == null) {
      return Optional.empty();
    }
    int missing = 8 - left.length - right.length - tail.length;
    if (gap < 0 ? missing != 0 : missing < 1) {
      return Optional.empty();
    }
    StringJoiner out = new StringJoiner(":");
    IntStream.of(left).forEach(g -> out.add(Integer.toHexString(g)));
    IntStream.range(0, gap < 0 ? 0 : missing).forEach(i -> out.add("0"));
    IntStream.of(right).forEach(g -> out.add(Integer.toHexString(g)));
    IntStream.of(tail).forEach(g -> out.add(Integer.toHexString(g)));
    return Optional.of(out.toString());
  }

  /** The groups of one side of {@code ::}; null if one is not 1-4 hex digits. */
  private static int[] groups(String side) {
    if (side.isEmpty()) {
      return new int[0];
    }
    String[] parts = side.split(":", -1);
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (!HEX.matcher(parts[i]).matches()) {
        return null;
      }
      out[i] = Integer.parseInt(parts[i], 16);
    }
    return out;
  }
}
