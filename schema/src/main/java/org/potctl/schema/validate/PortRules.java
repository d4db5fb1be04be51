package org.potctl.schema.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.bind.Outcome;
import org.potctl.schema.bind.PortSyntax;
import org.potctl.schema.bind.ReservedHostPorts;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.yaml.JsonPath;
import tools.jackson.databind.JsonNode;

/**
 * Ports parse and lie in 1–65535; a host port is exported by at most one pot (and once) per
 * protocol, and is none of the operator's reserved host ports ({@link ReservedHostPorts}, the rule
 * flavour {@code export-ports} lines are held to as well). Exports on inherit or alias pots are
 * ignored by pot, so they get a warning.
 */
final class PortRules implements SpecRule {

  private record Owner(Declared pot, JsonPath path) {}

  private record Seen(Map<String, Owner> hostPorts, ReservedHostPorts reserved) {}

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    Map<String, Owner> hostPorts = new HashMap<>();
    for (Declared pot : ctx.declarations().pots().values()) {
      JsonNode ports = pot.field(Fields.PORTS);
      for (int i = 0; ports.isArray() && i < ports.size(); i++) {
        checkPort(
            pot,
            pot.at(Fields.PORTS).index(i),
            ports.get(i),
            new Seen(hostPorts, ctx.reservedHostPorts()),
            out);
      }
      warnIfIgnored(pot, ports, out);
    }
  }

  private static void checkPort(
      Declared pot, JsonPath path, JsonNode node, Seen seen, Diagnostics.Builder out) {
    // JSON Schema's integer takes 1e3 and 80.0, which the binder cannot read as a port: refused
    // here; a fractional number, a list or null the schema has refused already
    boolean wholeFloat = node.isFloatingPointNumber() && node.canConvertToExactIntegral();
    if (!node.isString() && !node.isIntegralNumber() && !wholeFloat) {
      if (!node.isObject() || node.path(Fields.POT).isMissingNode()) {
        return;
      }
    }
    Outcome<PortExport> port = PortSyntax.parse(node);
    if (!port.isOk()) {
      out.add(
          Diagnostic.error(
              path.toString(),
              port.problem() + ", got " + Messages.describe(node),
              pot.locate(path)));
      return;
    }
    if (port.get().hostPort().isEmpty()) {
      return;
    }
    int host = port.get().hostPort().getAsInt();
    Optional<String> reserved = seen.reserved().problem(host);
    if (reserved.isPresent()) {
      out.add(Diagnostic.error(path.toString(), reserved.get(), pot.locate(path)));
      return;
    }
    String key = host + "/" + port.get().proto().label();
    Owner first = seen.hostPorts().putIfAbsent(key, new Owner(pot, path));
    if (first != null) {
      String by = first.pot() == pot ? "this pot" : "pot " + first.pot().name();
      out.add(
          Diagnostic.error(
              path.toString(),
              "host port "
                  + host
                  + (key.endsWith("udp") ? "/udp" : "")
                  + " is already exported by "
                  + by
                  + " ("
                  + first.pot().locate(first.path())
                  + ")",
              pot.locate(path),
              first.pot().locate(first.path())));
    }
  }

  private static void warnIfIgnored(Declared pot, JsonNode ports, Diagnostics.Builder out) {
    String type = pot.field(Fields.NETWORK).path(Fields.TYPE).asString("inherit");
    if (ports.isArray() && !ports.isEmpty() && (type.equals("inherit") || type.equals("alias"))) {
      JsonPath path = pot.at(Fields.PORTS);
      out.add(
          Diagnostic.warning(
              path.toString(),
              "pot ignores exported ports on "
                  + type
                  + " networks; use public-bridge or private-bridge",
              pot.locate(path)));
    }
  }
}
