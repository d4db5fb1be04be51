package org.potctl.state.sim;

import java.util.Collection;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code jls --libxo json}: {@code {"__version": "2", "jail-information": {"jail": […]}}}. */
final class JlsJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JlsJson() {}

  static String render(
      Collection<SimJail> jails, List<String> params, boolean verbose, boolean byName) {
    ObjectNode root = JSON.createObjectNode();
    root.put("__version", "2");
    ArrayNode list = root.putObject("jail-information").putArray("jail");
    for (SimJail j : jails) {
      ObjectNode o = list.addObject();
      if (!params.isEmpty()) {
        params.forEach(p -> param(o, j, p));
      } else if (verbose) {
        o.put("jid", j.jid());
        o.put("hostname", j.hostname());
        o.put("path", j.path());
        o.put("name", j.name());
        o.put("state", "ACTIVE");
        o.put("cpusetid", j.jid() + 1);
        ArrayNode v4 = o.putArray("ipv4_addrs");
        if (!j.ip4().isEmpty()) {
          v4.add(j.ip4());
        }
        o.putArray("ipv6_addrs");
      } else {
        if (byName) {
          o.put("name", j.name());
        } else {
          o.put("jid", j.jid());
        }
        o.put("ipv4", j.ip4());
        o.put("hostname", j.hostname());
        o.put("path", j.path());
      }
    }
    return JSON.writeValueAsString(root);
  }

  private static void param(ObjectNode o, SimJail j, String p) {
    switch (p) {
      case "jid" -> o.put("jid", j.jid());
      case "persist", "dying" -> o.put(p, p.equals("persist"));
      case "ip4.addr" -> {
        ArrayNode a = o.putArray(p);
        if (!j.ip4().isEmpty()) {
          a.add(j.ip4());
        }
      }
      default -> o.put(p, Jls.value(j, p));
    }
  }
}
