package org.potctl.schema.bind;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.potctl.schema.yaml.Text;

/**
 * The host of an http or https image URL, which {@code pot import} has {@code fetch(1)} read on the
 * pot host as root: a spec must not point it at that host's own services or its cloud metadata
 * (SSRF). A host is read as {@code fetch} reads it, never by a look-up: an IPv4 address in any
 * spelling {@code inet_aton} takes ({@link InetAton}), a bracketed IPv6 literal, or a DNS name.
 * Refused are the loopback, unspecified, link-local and multicast addresses (IPv4-mapped and
 * -compatible IPv6 as their IPv4 address), the limited broadcast, {@code localhost}, names under
 * {@code .localhost} and the loopback names of the hosts files pot hosts ship ({@code
 * localhost.my.domain} of FreeBSD's /etc/hosts, {@code localhost.localdomain}, {@code
 * ip6-localhost}, ...), unless the operator names the host ({@code --allow-image-host}). DNS names
 * are not resolved: what they resolve to is not checked.
 *
 * @param canonical the host as compared: an address as {@link InetAddress#getHostAddress}, a name
 *     in lower case without a trailing dot
 * @param special why the host is refused unless allowed, or empty when it is not
 */
public record ImageUrlHost(String canonical, Optional<String> special) {

  /** Names the default hosts files map to loopback (FreeBSD's /etc/hosts, Debian's, RHEL's). */
  private static final Set<String> LOOPBACK_NAMES =
      Set.of(
          "localhost.my.domain",
          "localhost.localdomain",
          "localhost4",
          "localhost4.localdomain4",
          "localhost6",
          "localhost6.localdomain6",
          "ip6-localhost",
          "ip6-loopback");

  private static final Pattern AUTHORITY =
      Pattern.compile("(\\[[0-9A-Fa-f:.]{2,45}\\]|[A-Za-z0-9.-]{1,253})(:[0-9]{1,5})?");
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  /**
   * The host of {@code url} ({@code http://HOST[:PORT]/...}): everything between {@code //} and the
   * first {@code /} is the authority, as {@code fetch} splits it, and it must be a host and an
   * optional port, so no user, {@code @}, {@code ?}, {@code #} or {@code %} that parsers split
   * differently.
   */
  public static Outcome<ImageUrlHost> ofUrl(String url) {
    int start = url.indexOf("://") + 3;
    int slash = url.indexOf('/', start);
    String authority = url.substring(start, slash < 0 ? url.length() : slash);
    Matcher m = AUTHORITY.matcher(authority);
    if (!m.matches()) {
      return Outcome.fail(
          "the host of an http or https URL must be a DNS name, an IPv4 address or a bracketed"
              + " IPv6 address, with an optional :PORT and nothing else before the path (no user,"
              + " '@', '?', '#' or '%'), got "
              + Text.quote(authority));
    }
    Outcome<ImageUrlHost> host = of(m.group(1));
    return host.isOk() ? host : Outcome.fail("the host of an http or https URL " + host.problem());
  }

  /**
   * {@code host} read as {@code fetch} reads a URL's host ({@code --allow-image-host} takes the
   * same, an IPv6 address with or without brackets).
   */
  public static Outcome<ImageUrlHost> of(String host) {
    if (host.startsWith("[") && host.endsWith("]")) {
      return ipv6(host);
    }
    if (host.contains(":")) {
      return ipv6("[" + host + "]");
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    Optional<byte[]> v4 = InetAton.parse(name);
    if (v4.isPresent()) {
      return Outcome.ok(address(v4.get()));
    }
    String[] labels = name.split("\\.", -1);
    boolean dns =
        name.length() <= 253
            && Arrays.stream(labels).allMatch(l -> LABEL.matcher(l).matches())
            && !Character.isDigit(labels[labels.length - 1].charAt(0));
    if (!dns) {
      return Outcome.fail("is neither an IPv4 address nor a DNS name, got " + Text.quote(host));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    Optional<String> local =
        lower.equals("localhost") || lower.endsWith(".localhost")
            ? Optional.of(lower + ", which names the host's own loopback (RFC 6761)")
            : Optional.empty();
    if (LOOPBACK_NAMES.contains(lower)) {
      local = Optional.of(lower + ", which the hosts files of FreeBSD and Linux map to loopback");
    }
    return Outcome.ok(new ImageUrlHost(lower, local));
  }

  /** Why {@code url}'s host is refused when the operator allows {@code allowed} (canonical). */
  public static Optional<String> problem(String url, Collection<String> allowed) {
    Outcome<ImageUrlHost> host = ofUrl(url);
    if (!host.isOk()) {
      return Optional.of(host.problem());
    }
    String canonical = host.get().canonical();
    return host.get()
        .special()
        .filter(s -> !allowed.contains(canonical))
        .map(
            s ->
                "the host of an image URL is "
                    + s
                    + ": pot import fetches it on the pot host as root, where it would reach the"
                    + " host's own services; the operator may allow it with --allow-image-host "
                    + canonical);
  }

  private static Outcome<ImageUrlHost> ipv6(String bracketed) {
    if (!bracketed.contains(":") || !bracketed.matches("\\[[0-9A-Fa-f:.]+\\]")) {
      return Outcome.fail("is not an IPv6 address, got " + Text.quote(bracketed));
    }
    try {
      // a bracketed literal is parsed, never looked up: an invalid one throws
      InetAddress a = InetAddress.getByName(bracketed);
      // ::a.b.c.d as a.b.c.d, but for :: and ::1 (and the rest of ::/104), which are IPv6's own
      if (a instanceof Inet6Address six
          && six.isIPv4CompatibleAddress()
          && six.getAddress()[12] != 0) {
        return Outcome.ok(address(Arrays.copyOfRange(six.getAddress(), 12, 16)));
      }
      return Outcome.ok(address(a.getAddress()));
    } catch (UnknownHostException e) {
      return Outcome.fail("is not an IPv6 address, got " + Text.quote(bracketed));
    }
  }

  private static ImageUrlHost address(byte[] bytes) {
    try {
      InetAddress a = InetAddress.getByAddress(bytes);
      return new ImageUrlHost(a.getHostAddress(), special(a));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("4 or 16 bytes", e);
    }
  }

  private static Optional<String> special(InetAddress a) {
    String shown = a.getHostAddress();
    if (a instanceof Inet4Address) {
      int b0 = a.getAddress()[0] & 0xff;
      int b1 = a.getAddress()[1] & 0xff;
      String kind =
          b0 == 127
              ? "a loopback address (127.0.0.0/8)"
              : b0 == 0
                  ? "an unspecified address (0.0.0.0/8)"
                  : b0 == 169 && b1 == 254
                      ? "a link-local address (169.254.0.0/16, where cloud metadata answers)"
                      : b0 >= 224 && b0 <= 239
                          ? "a multicast address (224.0.0.0/4)"
                          : shown.equals("255.255.255.255") ? "the broadcast address" : null;
      return Optional.ofNullable(kind).map(k -> shown + ", " + k);
    }
    String kind =
        a.isLoopbackAddress()
            ? "the loopback address ::1"
            : a.isAnyLocalAddress()
                ? "the unspecified address ::"
                : a.isLinkLocalAddress()
                    ? "a link-local address (fe80::/10)"
                    : a.isMulticastAddress() ? "a multicast address (ff00::/8)" : null;
    return Optional.ofNullable(kind).map(k -> shown + ", " + k);
  }
}
