package org.potctl.schema.bind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.potctl.schema.model.PortExport;

/**
 * Host ports no spec may export, whatever the protocol: pf's {@code rdr} rules pot loads for an
 * exported port catch the host's own incoming traffic to that port (a spec exporting host port 22
 * sends the host's ssh into its jail). The operator's alone ({@code --reserved-host-ports} on the
 * command line, never a spec's); the default reserves 22. Potfile {@code ports} and flavour {@code
 * export-ports} lines are held to it alike.
 *
 * @param ports the reserved ports
 */
public record ReservedHostPorts(BitSet ports) {

  /** What is reserved when the operator names nothing: ssh. */
  public static final ReservedHostPorts DEFAULT = parse("22");

  /** Copies the set. */
  public ReservedHostPorts {
    ports = (BitSet) ports.clone();
  }

  /**
   * {@code text} as {@code --reserved-host-ports} takes it: ports and {@code LOW-HIGH} ranges
   * (1–65535) separated by commas; the empty string reserves nothing.
   *
   * @throws IllegalArgumentException naming the part that is neither
   */
  public static ReservedHostPorts parse(String text) {
    BitSet set = new BitSet();
    if (text.isEmpty()) {
      return new ReservedHostPorts(set);
    }
    for (String part : text.split(",", -1)) {
      String[] range = part.split("-", -1);
      if (range.length > 2) {
        throw new IllegalArgumentException(bad(part));
      }
      int low = port(range[0], part);
      int high = range.length == 2 ? port(range[1], part) : low;
      if (high < low) {
        throw new IllegalArgumentException(bad(part));
      }
      set.set(low, high + 1);
    }
    return new ReservedHostPorts(set);
  }

  private static int port(String digits, String part) {
    if (!digits.matches("[1-9][0-9]{0,4}") || !PortExport.isValidPort(Long.parseLong(digits))) {
      throw new IllegalArgumentException(bad(part));
    }
    return Integer.parseInt(digits);
  }

  private static String bad(String part) {
    return "not a host port (1-65535) or a range LOW-HIGH: '" + part + "'";
  }

  /** This set with {@code port} reserved too (a watcher's own {@code --listen} port). */
  public ReservedHostPorts with(int port) {
    BitSet more = (BitSet) ports.clone();
    if (PortExport.isValidPort(port)) {
      more.set(port);
    }
    return new ReservedHostPorts(more);
  }

  /** Why a spec may not export {@code hostPort}, or empty when it may. */
  public Optional<String> problem(int hostPort) {
    return ports.get(hostPort)
        ? Optional.of(
            "host port "
                + hostPort
                + " is reserved for the host's own services (reserved: "
                + this
                + "; the operator's --reserved-host-ports)")
        : Optional.empty();
  }

  /** The set as {@code --reserved-host-ports} takes it: {@code 22,8000-8010}, empty for none. */
  public String parseable() {
    List<String> parts = new ArrayList<>();
    for (int low = ports.nextSetBit(0); low >= 0; ) {
      int high = ports.nextClearBit(low) - 1;
      parts.add(low == high ? Integer.toString(low) : low + "-" + high);
      low = ports.nextSetBit(high + 1);
    }
    return String.join(",", parts);
  }

  /** {@link #parseable}, {@code none} for an empty set. */
  @Override
  public String toString() {
    return ports.isEmpty() ? "none" : parseable();
  }
}
