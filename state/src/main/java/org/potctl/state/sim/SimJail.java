package org.potctl.state.sim;

import java.util.List;

/**
 * A running jail as {@code jls} reports it.
 *
 * @param name jail name (the pot name)
 * @param jid jail id, unique while the model lives
 * @param hostname {@code host.hostname}
 * @param path the jail root, {@code $FR/jails/<p>/m}
 * @param ip4 the first IPv4 address as jls shows it; empty for vnet or inherit jails
 * @param vnet whether the jail has its own network stack
 * @param epairs the units of the epairs whose b side the jail holds ({@code
 *     vnet.interface=epairNb})
 */
record SimJail(
    String name,
    int jid,
    String hostname,
    String path,
    String ip4,
    boolean vnet,
    List<Integer> epairs) {

  SimJail {
    epairs = epairs == null ? List.of() : List.copyOf(epairs);
  }
}
