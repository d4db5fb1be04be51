package org.potctl.controller.export;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nomad has no dependencies between jobs; the documented pattern is a prestart task that blocks
 * until the dependency's service answers in Consul DNS. Here it is a {@code raw_exec} task running
 * FreeBSD's {@code host(1)} in a loop, so the client needs {@code raw_exec} enabled and Consul DNS
 * in its resolver.
 */
final class NomadPrestart {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The loop; the name to wait for is {@code $1}, never part of the script text. */
  static final String WAIT = "until host \"$1\" >/dev/null 2>&1; do sleep 2; done";

  private NomadPrestart() {}

  /** The prestart task of {@code pot} waiting for the Consul service {@code service}. */
  static ObjectNode waitFor(String service, String pot) {
    ObjectNode task = F.objectNode();
    task.put("Name", "wait-for-" + service);
    task.put("Driver", "raw_exec");
    task.putObject("Lifecycle").put("Hook", "prestart").put("Sidecar", false);
    ObjectNode config = task.putObject("Config");
    config.put("command", "/bin/sh");
    config.putArray("args").add("-c").add(WAIT).add("wait-for").add(service + ".service.consul");
    task.putObject("Meta").put("potctl_waits_for", service).put("potctl_pot", pot);
    return task;
  }
}
