package org.potctl.state.net;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.HostInterfaces;
import org.potctl.state.model.InterfaceAddress;
import org.potctl.state.model.IpAddresses;

/**
 * Reads FreeBSD's {@code ifconfig -a}: an interface starts with an unindented {@code NAME: flags=…}
 * line; its indented {@code inet ADDR netmask 0x… [broadcast …]} and {@code inet6 ADDR[%ZONE]
 * prefixlen N [scopeid 0x…]} lines are its addresses (an address may also be written {@code
 * ADDR/N}, as with {@code -f inet:cidr}). Every other line ({@code ether}, {@code media}, {@code
 * member:}, {@code groups:}, …) is skipped.
 */
public final class IfconfigOutput {

  /** The argv that produces what {@link #parse} reads. */
  public static final List<String> ARGV = List.of("ifconfig", "-a");

  private static final Duration TIMEOUT = Duration.ofMinutes(1);
  private static final Pattern HEADER = Pattern.compile("([A-Za-z0-9_.-]+): flags=.*");
  private static final Pattern ADDRESS = Pattern.compile("\\s+(inet6?)\\s+(\\S+)(?:\\s.*)?");

  private IfconfigOutput() {}

  /**
   * Runs {@link #ARGV} through {@code runner} and parses its output.
   *
   * @throws org.potctl.state.StateException if the command fails or its output is malformed
   */
  public static HostInterfaces observe(CommandRunner runner) {
    Command cmd = Command.of(ARGV).withTimeout(TIMEOUT);
    return parse(cmd.display(), runner.run(cmd).requireSuccess(cmd).stdout());
  }

  /**
   * Parses {@code ifconfig -a} output.
   *
   * @throws ParseException naming {@code source} and the line of an address before any interface or
   *     of an {@code inet}/{@code inet6} word that is no address of its family
   */
  public static HostInterfaces parse(String source, String out) {
    List<InterfaceAddress> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String iface = null;
    List<String> lines = out.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        iface = header.group(1);
        names.add(iface);
        continue;
      }
      Matcher m = ADDRESS.matcher(line);
      if (!m.matches()) {
        continue;
      }
      if (iface == null) {
        throw new ParseException(source, i + 1, "an address before any interface: '" + line + "'");
      }
      found.add(address(source, i + 1, iface, m.group(1).equals("inet6"), m.group(2), line));
    }
    return new HostInterfaces(names, found);
  }

  private static InterfaceAddress address(
      String source, int lineNo, String iface, boolean ipv6, String word, String line) {
    String ip = word;
    int slash = ip.indexOf('/');
    if (slash >= 0) {
      ip = ip.substring(0, slash);
    }
    int percent = ip.indexOf('%');
    boolean zoned = ipv6 && percent >= 0;
    if (zoned) {
      ip = ip.substring(0, percent);
    }
    Optional<String> canonical = IpAddresses.canonical(ip);
    if (canonical.isEmpty() || canonical.get().contains(":") != ipv6) {
      throw new ParseException(
          source,
          lineNo,
          "'" + word + "' is no " + (ipv6 ? "IPv6" : "IPv4") + " address: '" + line.strip() + "'");
    }
    boolean linkLocal = zoned || ipv6 && canonical.get().matches("fe[89ab][0-9a-f]:.*");
    return new InterfaceAddress(iface, canonical.get(), ipv6, linkLocal, line.strip());
  }
}
