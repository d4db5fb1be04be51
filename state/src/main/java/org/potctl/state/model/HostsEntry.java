package org.potctl.state.model;

import java.util.Objects;

/**
 * One {@code pot.hosts} line ({@code <ip> <hostname>}, pot.md §3.5).
 *
 * @param ip the address
 * @param hostname the name it resolves from inside the pot
 */
public record HostsEntry(String ip, String hostname) {

  public HostsEntry {
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(hostname, "hostname");
  }

  /** The {@code -H} argument of {@code pot set-hosts}: {@code hostname:ip}. */
  public String toPotArgument() {
    return hostname + ":" + ip;
  }
}
