package org.potctl.schema.validate;

import java.util.HashMap;
import java.util.Map;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.bind.Ipv4;
import org.potctl.schema.bind.Outcome;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import tools.jackson.databind.JsonNode;

/**
 * {@code network.bridge} is required for private-bridge and forbidden otherwise; {@code ip} is
 * {@code auto} or an IPv4 address, required for alias, not allowed for inherit, and unique across
 * pots. Whether an IP lies inside pot's network or the bridge's subnet depends on the host and is
 * checked at plan time.
 */
final class NetworkRules implements SpecRule {

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    Map<String, Declared> ipOwners = new HashMap<>();
    for (Declared pot : ctx.declarations().pots().values()) {
      JsonNode network = pot.field(Fields.NETWORK);
      String type = network.path(Fields.TYPE).asString("inherit");
      if (network.isObject()) {
        checkBridge(pot, network, type, out);
      }
      checkIp(pot, network.path(Fields.IP), type, ipOwners, out);
    }
  }

  private static void checkBridge(
      Declared pot, JsonNode network, String type, Diagnostics.Builder out) {
    boolean wantsBridge = type.equals("private-bridge");
    boolean hasBridge = !network.path(Fields.BRIDGE).isMissingNode();
    if (wantsBridge && !hasBridge) {
      JsonPath path = pot.at(Fields.NETWORK);
      out.add(
          Diagnostic.error(
              path.toString(), "a private-bridge network needs a bridge", pot.locate(path)));
    } else if (!wantsBridge && hasBridge) {
      JsonPath path = pot.at(Fields.NETWORK, Fields.BRIDGE);
      out.add(
          Diagnostic.error(
              path.toString(),
              "bridge is only allowed with network type private-bridge",
              pot.locate(path)));
    }
  }

  private static void checkIp(
      Declared pot,
      JsonNode ip,
      String type,
      Map<String, Declared> owners,
      Diagnostics.Builder out) {
    JsonPath path = pot.at(Fields.NETWORK, Fields.IP);
    boolean auto = ip.isMissingNode() || (ip.isString() && ip.stringValue().equals(Fields.AUTO));
    if (auto) {
      if (type.equals("alias")) {
        JsonPath at = pot.at(Fields.NETWORK);
        out.add(
            Diagnostic.error(
                at.toString(),
                "an alias network needs a static ip",
                pot.locate(ip.isMissingNode() ? at : path)));
      }
      return;
    }
    if (!ip.isString()) {
      return;
    }
    Outcome<String> parsed = Ipv4.parse(ip.stringValue());
    if (!parsed.isOk()) {
      out.add(
          Diagnostic.error(
              path.toString(),
              "ip " + parsed.problem() + " or auto, got " + Messages.describe(ip),
              pot.locate(path)));
    } else if (type.equals("inherit")) {
      out.add(
          Diagnostic.error(
              path.toString(),
              "an inherit network shares the host's addresses; remove ip",
              pot.locate(path)));
    } else {
      Declared first = owners.putIfAbsent(parsed.get(), pot);
      if (first != null) {
        JsonPath firstPath = first.at(Fields.NETWORK, Fields.IP);
        out.add(
            Diagnostic.error(
                path.toString(),
                "ip "
                    + parsed.get()
                    + " is already used by pot "
                    + first.name()
                    + " ("
                    + first.locate(firstPath)
                    + ")",
                pot.locate(path),
                first.locate(firstPath)));
      }
    }
  }
}
