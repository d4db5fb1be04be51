package org.potctl.schema.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.potctl.schema.bind.Ipv4;
import org.potctl.schema.bind.Outcome;

/**
 * One item of an alias network's {@code ip} list: {@code ip} or {@code nic|ip}, where ip is IPv4 or
 * IPv6 (pot's {@code _validate_alias_ipaddr}).
 *
 * @param nic the interface, empty for pot's {@code POT_EXTIF}
 * @param ip the address as written
 * @param canonical the address as it is compared: IPv4 as written (its syntax is strict), IPv6 as
 *     its eight groups in lower-case hex without leading zeros, so {@code 2001:DB8::1} and {@code
 *     2001:db8:0:0:0:0:0:1} are the same address
 * @param ipv6 whether the address is IPv6
 */
record AliasAddress(String nic, String ip, String canonical, boolean ipv6) {

  private static final Pattern NIC = Pattern.compile("[a-z][a-z0-9_.]{0,14}[0-9]");
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{1,4}");
  private static final String PROBLEM = "must be an IPv4 or IPv6 address, optionally after nic|";

  static Outcome<AliasAddress> parse(String item) {
    int bar = item.indexOf('|');
    String nic = bar < 0 ? "" : item.substring(0, bar);
    String ip = bar < 0 ? item : item.substring(bar + 1);
    if (bar >= 0 && !NIC.matcher(nic).matches()) {
      return Outcome.fail("must be ip or nic|ip with a network interface such as em0");
    }
    if (ip.contains(":")) {
      Optional<String> canonical = ipv6(ip);
      if (canonical.isEmpty()) {
        return Outcome.fail(PROBLEM);
      }
      return notUnicast(canonical.get())
          .<Outcome<AliasAddress>>map(Outcome::fail)
          .orElseGet(() -> Outcome.ok(new AliasAddress(nic, ip, canonical.get(), true)));
    }
    return Ipv4.parse(ip).isOk()
        ? Outcome.ok(new AliasAddress(nic, ip, ip, false))
        : Outcome.fail(PROBLEM);
  }

  /**
   * Why an IPv6 address (canonical) cannot be a jail's, as IPv4's 0/8, 127/8 and 224/4 cannot
   * ({@link Ipv4}): the unspecified {@code ::} (a jail bound to it answers on every address of the
   * host), the loopback {@code ::1} (the host's own), multicast {@code ff00::/8}, and the IPv4
   * addresses in IPv6 spelling ({@code ::ffff:0:0/96} mapped, {@code ::/96} compatible), which
   * would pass {@code 127.0.0.1} or {@code 0.0.0.0} as {@code ::ffff:7f00:1} and compare unequal to
   * the same address written as IPv4.
   */
  private static Optional<String> notUnicast(String canonical) {
    if (canonical.equals("0:0:0:0:0:0:0:0")) {
      return Optional.of("must be a unicast address, not the unspecified address ::");
    }
    if (canonical.equals("0:0:0:0:0:0:0:1")) {
      return Optional.of("must be a unicast address, not the loopback address ::1");
    }
    if (canonical.startsWith("0:0:0:0:0:ffff:") || canonical.startsWith("0:0:0:0:0:0:")) {
      return Optional.of(
          "must not be an IPv4-mapped or IPv4-compatible IPv6 address (::ffff:7f00:1 is"
              + " 127.0.0.1): write the IPv4 address itself");
    }
    if (Integer.parseInt(canonical.substring(0, canonical.indexOf(':')), 16) >= 0xff00) {
      return Optional.of("must be a unicast address, not a multicast one (ff00::/8)");
    }
    return Optional.empty();
  }

  /**
   * The canonical text of an IPv6 literal: hex groups separated by ':', at most one '::' standing
   * for at least one zero group, eight groups in all; empty if {@code ip} is none.
   */
  private static Optional<String> ipv6(String ip) {
    int gap = ip.indexOf("::");
    if (gap != ip.lastIndexOf("::") || ip.contains(":::") || ip.length() > 39) {
      return Optional.empty();
    }
    List<String> left = groups(gap < 0 ? ip : ip.substring(0, gap));
    List<String> right = gap < 0 ? List.of() : groups(ip.substring(gap + 2));
    if (left == null || right == null) {
      return Optional.empty();
    }
    int missing = 8 - left.size() - right.size();
    if (gap < 0 ? missing != 0 : missing < 1) {
      return Optional.empty();
    }
    List<String> all = new ArrayList<>(left);
    all.addAll(Collections.nCopies(gap < 0 ? 0 : missing, "0"));
    all.addAll(right);
    return Optional.of(String.join(":", all));
  }

  /** The groups of one side of '::' without leading zeros; null if one is not 1-4 hex digits. */
  private static List<String> groups(String side) {
    List<String> out = new ArrayList<>();
    for (String g : side.isEmpty() ? new String[0] : side.split(":", -1)) {
      if (!HEX.matcher(g).matches()) {
        return null;
      }
      out.add(Integer.toHexString(Integer.parseInt(g, 16)));
    }
    return out;
  }
}
