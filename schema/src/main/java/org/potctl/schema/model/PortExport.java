package org.potctl.schema.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A port exported from a pot to the host through pf ({@code pot export-ports -e}).
 *
 * @param proto TCP or UDP
 * @param potPort the port inside the pot, 1–65535
 * @param hostPort the port on the host, 1–65535; empty lets pot pick a free one at each start
 */
public record PortExport(Protocol proto, int potPort, OptionalInt hostPort) {

  /** Checks the protocol is present and the ports are in range. */
  public PortExport {
    Objects.requireNonNull(proto, "proto");
    Objects.requireNonNull(hostPort, "hostPort");
    checkPort(potPort);
    hostPort.ifPresent(PortExport::checkPort);
  }

  /** Whether {@code port} is a valid TCP/UDP port number. */
  public static boolean isValidPort(long port) {
    return port >= 1 && port <= 65535;
  }

  private static void checkPort(int port) {
    if (!isValidPort(port)) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /**
   * pot's {@code -e} syntax: {@code [udp:]POT_PORT[:HOST_PORT]}. TCP, pot's default, has no prefix,
   * so the text equals what pot stores for the same export ({@code 80:30080}, {@code udp:53:5353}).
   */
  public String toPotSyntax() {
    String prefix = proto == Protocol.UDP ? "udp:" : "";
    String host = hostPort.isPresent() ? ":" + hostPort.getAsInt() : "";
    return prefix + potPort + host;
  }

  @Override
  public String toString() {
    return toPotSyntax();
  }
}
