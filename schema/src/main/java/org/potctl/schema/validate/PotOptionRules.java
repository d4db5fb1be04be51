package org.potctl.schema.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.bind.FlavourScripts;
import org.potctl.schema.bind.Outcome;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * {@code dns} takes pot's values and a custom resolv.conf confined like a flavour script; a list of
 * {@code network.ip} items is for alias networks, each {@code ip} or {@code nic|ip} (IPv4 or IPv6);
 * {@code network.stack} agrees with the addresses as pot checks it (an ipv4 stack needs an IPv4
 * alias address, an ipv6 stack an IPv6 one, private bridges are IPv4).
 */
final class PotOptionRules implements SpecRule {

  private static final Set<String> DNS = Set.of("inherit", "pot", "off");

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    Map<String, JsonPath> singles = new HashMap<>();
    Map<String, Declared> singleOwners = new HashMap<>();
    for (Declared pot : ctx.declarations().pots().values()) {
      JsonNode ip = pot.field(Fields.NETWORK).path(Fields.IP);
      if (ip.isString()) {
        singles.putIfAbsent(ip.stringValue(), pot.at(Fields.NETWORK, Fields.IP));
        singleOwners.putIfAbsent(ip.stringValue(), pot);
      }
    }
    Map<String, Declared> listOwners = new HashMap<>();
    for (Declared pot : ctx.declarations().pots().values()) {
      checkDns(ctx, pot, out);
      checkAddresses(pot, out);
      checkUnique(pot, singles, singleOwners, listOwners, out);
    }
  }

  /**
   * An address of a list is used once: by no other item and by no single {@code ip}, compared by
   * its canonical text ({@link AliasAddress#canonical()}), so one IPv6 address written twice in two
   * spellings is caught.
   */
  private static void checkUnique(
      Declared pot,
      Map<String, JsonPath> singles,
      Map<String, Declared> singleOwners,
      Map<String, Declared> listOwners,
      Diagnostics.Builder out) {
    JsonNode ips = pot.field(Fields.NETWORK).path(Fields.IP);
    if (!ips.isArray()
        || !pot.field(Fields.NETWORK).path(Fields.TYPE).asString("").equals("alias")) {
      return;
    }
    Map<String, JsonPath> firstAt = new HashMap<>();
    for (int i = 0; i < ips.size(); i++) {
      Outcome<AliasAddress> parsed =
          ips.get(i).isString() ? AliasAddress.parse(ips.get(i).stringValue()) : null;
      if (parsed == null || !parsed.isOk()) {
        continue;
      }
      String ip = parsed.get().ip();
      String key = parsed.get().canonical();
      JsonPath path = pot.at(Fields.NETWORK, Fields.IP).index(i);
      Declared first = singleOwners.get(key);
      JsonPath firstPath = singles.get(key);
      if (first == null && listOwners.containsKey(key)) {
        first = listOwners.get(key);
        firstPath = null;
      }
      if (first != null) {
        String where =
            firstPath == null ? first.keyLocation().toString() : first.locate(firstPath).toString();
        out.add(
            Diagnostic.error(
                path.toString(),
                "ip " + ip + " is already used by pot " + first.name() + " (" + where + ")",
                pot.locate(path)));
      } else if (firstAt.putIfAbsent(key, path) != null) {
        error(
            pot, path, "ip " + ip + " is listed twice (" + pot.locate(firstAt.get(key)) + ")", out);
      }
    }
    firstAt.keySet().forEach(ip -> listOwners.putIfAbsent(ip, pot));
  }

  private static void checkDns(CheckContext ctx, Declared pot, Diagnostics.Builder out) {
    JsonNode dns = pot.field(Fields.DNS);
    if (dns.isString() && !DNS.contains(dns.stringValue())) {
      String hint =
          dns.stringValue().equals(Fields.CUSTOM) ? " (custom takes its file: {custom: FILE})" : "";
      error(
          pot,
          pot.at(Fields.DNS),
          "must be inherit, pot, off or {custom: FILE}, got " + Messages.describe(dns) + hint,
          out);
      return;
    }
    JsonNode file = dns.path(Fields.CUSTOM);
    if (!file.isString()) {
      return;
    }
    JsonPath path = pot.at(Fields.DNS, Fields.CUSTOM);
    Optional<String> unsafe = SafePath.relativeProblem(file.stringValue());
    if (unsafe.isPresent()) {
      error(
          pot,
          path,
          "resolv.conf path " + unsafe.get() + ", got " + Text.quote(file.stringValue()),
          out);
      return;
    }
    Outcome<?> found =
        FlavourScripts.locate(ctx.specDir(), pot.doc().file(), "resolv.conf", file.stringValue());
    if (!found.isOk()) {
      error(pot, path, found.problem(), out);
    }
  }

  private static void checkAddresses(Declared pot, Diagnostics.Builder out) {
    JsonNode network = pot.field(Fields.NETWORK);
    String type = network.path(Fields.TYPE).asString("inherit");
    String stack = network.path(Fields.STACK).asString("");
    if (type.equals("private-bridge") && stack.equals("ipv6")) {
      error(
          pot,
          pot.at(Fields.NETWORK, Fields.STACK),
          "pot does not support private-bridge networks on an ipv6-only stack",
          out);
    }
    JsonNode ips = network.path(Fields.IP);
    if (!ips.isArray()) {
      return;
    }
    if (!type.equals("alias")) {
      error(
          pot,
          pot.at(Fields.NETWORK, Fields.IP),
          "a list of addresses is only for alias networks; " + type + " takes one ip or auto",
          out);
      return;
    }
    boolean v4 = false;
    boolean v6 = false;
    boolean ok = true;
    for (int i = 0; i < ips.size(); i++) {
      JsonNode item = ips.get(i);
      if (!item.isString()) {
        continue;
      }
      Outcome<AliasAddress> parsed = AliasAddress.parse(item.stringValue());
      if (!parsed.isOk()) {
        ok = false;
        error(
            pot,
            pot.at(Fields.NETWORK, Fields.IP).index(i),
            parsed.problem() + ", got " + Messages.describe(item),
            out);
        continue;
      }
      v4 |= !parsed.get().ipv6();
      v6 |= parsed.get().ipv6();
    }
    if (ok && stack.equals("ipv4") && !v4 || ok && stack.equals("ipv6") && !v6) {
      error(
          pot,
          pot.at(Fields.NETWORK, Fields.STACK),
          "the "
              + stack
              + " stack needs at least one "
              + stack.replace("ipv", "IPv")
              + " address in network.ip",
          out);
    }
  }

  private static void error(Declared d, JsonPath path, String message, Diagnostics.Builder out) {
    out.add(Diagnostic.error(path.toString(), message, d.locate(path)));
  }
}
