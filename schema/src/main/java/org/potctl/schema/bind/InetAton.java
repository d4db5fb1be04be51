package org.potctl.schema.bind;

import java.util.Optional;

/**
 * Reads an IPv4 address as {@code inet_aton(3)} does, which FreeBSD's {@code getaddrinfo} (and so
 * {@code fetch(1)}, which {@code pot import} runs) tries on a host before any DNS look-up: one to
 * four parts separated by dots, each decimal, octal (a leading {@code 0}) or hexadecimal ({@code
 * 0x}); the last part fills the bytes left ({@code 127.1} is 127.0.0.1, {@code 2130706433} too).
 */
final class InetAton {

  private InetAton() {}

  /** The four bytes {@code text} names, or empty when {@code inet_aton} would not read it. */
  static Optional<byte[]> parse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length > 4) {
      return Optional.empty();
    }
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      long v = part(parts[i]);
      int lastWidth = 4 - (parts.length - 1);
      long max = i < parts.length - 1 ? 0xff : (1L << (8 * lastWidth)) - 1;
      if (v < 0 || v > max) {
        return Optional.empty();
      }
      values[i] = v;
    }
    long address = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      address |= values[i] << (8 * (3 - i));
    }
    address |= values[parts.length - 1];
    return Optional.of(
        new byte[] {
          (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
        });
  }

  /** One part's value, or -1 when it is no number in its base (or exceeds 32 bits). */
  private static long part(String p) {
    if (p.isEmpty()) {
      return -1;
    }
    int radix = 10;
    String digits = p;
    if (p.startsWith("0x") || p.startsWith("0X")) {
      radix = 16;
      digits = p.substring(2);
      if (digits.isEmpty()) {
        return 0; // inet_aton reads a bare 0x as 0
      }
    } else if (p.length() > 1 && p.charAt(0) == '0') {
      radix = 8;
      digits = p.substring(1);
    }
    if (digits.length() > 11) {
      return -1;
    }
    long v = 0;
    for (char c : digits.toCharArray()) {
      int d = Character.digit(c, radix);
      if (d < 0 || c > 0x7f) {
        return -1;
      }
      v = v * radix + d;
    }
    return v > 0xffffffffL ? -1 : v;
  }
}
