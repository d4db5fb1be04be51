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
 * @param rssCpus {@code pot.rss.cpus} when the jail started, the CPU count its cpuset was limited
 *     to ({@code _js_rss}, start.sh:410-420); empty when it was not, and a later {@code set-rss}
 *     changes nothing until the next start
 */
record SimJail(
    String name,
    int jid,
    String hostname,
    String path,
    String ip4,
    boolean vnet,
    List<Integer> epairs,
    String rssCpus) {

  SimJail {
    epairs = epairs == null ? List.of() : List.copyOf(epairs);
    rssCpus = rssCpus == null ? "" : rssCpus;
  }
}
