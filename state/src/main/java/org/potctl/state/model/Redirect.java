package org.potctl.state.model;

import java.util.Objects;

/**
 * One active rdr rule in an anchor {@code pot-rdr/<anchor>} (pot.md §5.2, §5.4), e.g. {@code rdr
 * pass on em0 inet proto tcp from any to (em0) port = 30080 -> 10.192.0.3 port 80}.
 *
 * @param anchor the sub-anchor name below {@code pot-rdr}: the pot name, or its last 55 characters
 *     for longer names
 * @param iface the interface the rule is on, e.g. {@code em0}
 * @param protocol tcp or udp
 * @param destination what the rule matches as destination, e.g. {@code (em0)} or an address
 * @param hostPort the host port matched
 * @param potIp the pot address traffic is redirected to
 * @param potPort the port inside the pot
 */
public record Redirect(
    String anchor,
    String iface,
    Protocol protocol,
    String destination,
    int hostPort,
    String potIp,
    int potPort) {

  public Redirect {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(iface, "iface");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(potIp, "potIp");
  }

  /** The longest anchor name pot uses; longer pot names are cut (pot.md §5.2). */
  public static final int MAX_ANCHOR_LENGTH = 55;

  /**
   * The anchor pot uses for a pot: its name if at most 55 characters, otherwise its last 55
   * characters with leading {@code _} removed.
   */
  public static String anchorFor(String potName) {
    if (potName.length() <= MAX_ANCHOR_LENGTH) {
      return potName;
    }
    String tail = potName.substring(potName.length() - MAX_ANCHOR_LENGTH);
    int i = 0;
    while (i < tail.length() && tail.charAt(i) == '_') {
      i++;
    }
    return tail.substring(i);
  }

  /** The canonical text this object is fingerprinted by. */
  public String canonical() {
    return String.join(
        " ",
        "rdr",
        anchor,
        iface,
        protocol.potName(),
        destination,
        String.valueOf(hostPort),
        potIp,
        String.valueOf(potPort));
  }

  /** {@code sha256:} of {@link #canonical()}. */
  public String fingerprint() {
    return Fingerprints.sha256(canonical());
  }
}
