package org.potctl.controller.kind;

import java.util.Optional;
import org.potctl.schema.bind.Ipv4;

/** An IPv4 subnet {@code a.b.c.d/n}, as numbers. */
record Subnet(long start, int prefix) {

  static Optional<Subnet> parse(String cidr) {
    int slash = cidr.strip().indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String ip = cidr.strip().substring(0, slash);
    String bits = cidr.strip().substring(slash + 1);
    if (!isAddress(ip) || !bits.matches("[0-9]{1,2}") || Integer.parseInt(bits) > 32) {
      return Optional.empty();
    }
    int prefix = Integer.parseInt(bits);
    long size = 1L << (32 - prefix);
    return Optional.of(new Subnet(address(ip) & ~(size - 1) & 0xffffffffL, prefix));
  }

  static boolean isAddress(String ip) {
    return Ipv4.parse(ip).isOk();
  }

  static long address(String ip) {
    long v = 0;
    for (String part : ip.split("\\.")) {
      v = (v << 8) | Integer.parseInt(part);
    }
    return v;
  }

  long broadcast() {
    return start + (1L << (32 - prefix)) - 1;
  }

  boolean contains(long a) {
    return a >= start && a <= broadcast();
  }
}
