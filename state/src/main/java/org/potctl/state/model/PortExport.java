package org.potctl.state.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One item of pot.conf's {@code pot.export.ports} ({@code [proto:]POT_PORT[:HOST_PORT]}, pot.md
 * §5.3): the first number is the port inside the pot, the second the host port.
 *
 * @param protocol tcp (pot's default) or udp
 * @param potPort the port inside the pot, 1–65535
 * @param hostPort the host port; empty when pot picks one at every start
 */
public record PortExport(Protocol protocol, int potPort, OptionalInt hostPort) {

  public PortExport {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(hostPort, "hostPort");
    checkPort(potPort);
    hostPort.ifPresent(PortExport::checkPort);
  }

  private static void checkPort(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range 1-65535: " + port);
    }
  }

  /** The {@code -e} argument of {@code pot export-ports}, as pot stores it. */
  public String toPotArgument() {
    String prefix = protocol == Protocol.UDP ? "udp:" : "";
    String host = hostPort.isPresent() ? ":" + hostPort.getAsInt() : "";
    return prefix + potPort + host;
  }
}
