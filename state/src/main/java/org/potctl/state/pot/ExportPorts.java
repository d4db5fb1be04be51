package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.potctl.state.model.PortExport;
import org.potctl.state.model.Protocol;

/** pot's export-port syntax {@code [tcp:|udp:]POT_PORT[:HOST_PORT]} (pot.md §5.3). */
public final class ExportPorts {

  private ExportPorts() {}

  /**
   * Parses one item.
   *
   * @throws IllegalArgumentException if it does not follow pot's syntax
   */
  public static PortExport parse(String item) {
    String[] parts = item.split(":", -1);
    int i = 0;
    Protocol protocol = Protocol.TCP;
    if (parts[0].equals("tcp") || parts[0].equals("udp")) {
      protocol = Protocol.fromPot(parts[0]);
      i = 1;
    }
    int remaining = parts.length - i;
    if (remaining < 1 || remaining > 2) {
      throw new IllegalArgumentException("not a port export: '" + item + "'");
    }
    int potPort = port(parts[i], item);
    OptionalInt hostPort =
        remaining == 2 ? OptionalInt.of(port(parts[i + 1], item)) : OptionalInt.empty();
    return new PortExport(protocol, potPort, hostPort);
  }

  /** Parses {@code pot.export.ports}: space-separated items. */
  public static List<PortExport> parseList(String value) {
    List<PortExport> result = new ArrayList<>();
    for (String item : value.trim().split("\\s+")) {
      if (!item.isEmpty()) {
        result.add(parse(item));
      }
    }
    return List.copyOf(result);
  }

  private static int port(String text, String item) {
    if (!text.matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException("not a port export: '" + item + "'");
    }
    int port = Integer.parseInt(text);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range 1-65535 in '" + item + "'");
    }
    return port;
  }
}
