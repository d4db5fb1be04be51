package org.potctl.schema.validate;

import java.util.regex.Pattern;
import org.potctl.schema.bind.Ipv4;
import org.potctl.schema.bind.Outcome;

/**
 * One item of an alias network's {@code ip} list: {@code ip} or {@code nic|ip}, where ip is IPv4 or
 * IPv6 (pot's {@code _validate_alias_ipaddr}).
 *
 * @param nic the interface, empty for pot's {@code POT_EXTIF}
 * @param ip the address
 * @param ipv6 whether the address is IPv6
 */
record AliasAddress(String nic, String ip, boolean ipv6) {

  private static final Pattern NIC = Pattern.compile("[a-z][a-z0-9_]{0,14}[0-9]");
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{1,4}");

  static Outcome<AliasAddress> parse(String item) {
    int bar = item.indexOf('|');
    String nic = bar < 0 ? "" : item.substring(0, bar);
    String ip = bar < 0 ? item : item.substring(bar + 1);
    if (bar >= 0 && !NIC.matcher(nic).matches()) {
      return Outcome.fail("must be ip or nic|ip with a network interface such as em0");
    }
    if (ip.contains(":")) {
      return ipv6(ip)
          ? Outcome.ok(new AliasAddress(nic, ip, true))
          : Outcome.fail("must be an IPv4 or IPv6 address, optionally after nic|");
    }
    Outcome<String> v4 = Ipv4.parse(ip);
    return v4.isOk()
        ? Outcome.ok(new AliasAddress(nic, ip, false))
        : Outcome.fail("must be an IPv4 or IPv6 address, optionally after nic|");
  }

  /** Hex groups separated by ':', at most one '::', eight groups without it. */
  private static boolean ipv6(String ip) {
    int compressed = ip.indexOf("::");
    if (compressed != ip.lastIndexOf("::") || ip.contains(":::") || ip.length() > 39) {
      return false;
    }
    String body = compressed < 0 ? ip : ip.replace("::", ":x:");
    String[] groups = body.split(":", -1);
    int count = 0;
    for (String g : groups) {
      if (g.equals("x") || g.isEmpty() && compressed >= 0) {
        continue;
      }
      if (!HEX.matcher(g).matches()) {
        return false;
      }
      count++;
    }
    return compressed < 0 ? count == 8 : count < 8;
  }
}
