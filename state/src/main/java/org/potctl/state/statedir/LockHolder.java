package org.potctl.state.statedir;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who holds the host lock: written as JSON beside the lock file while it is held.
 *
 * @param pid the holder's process id
 * @param user the user it runs as
 * @param host the machine it runs on
 * @param command its command line, e.g. {@code potctl apply envs/prod --yes}
 * @param started when it took the lock
 */
public record LockHolder(long pid, String user, String host, String command, Instant started) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public LockHolder {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(started, "started");
  }

  /** This process, running {@code command}, from {@code started}. */
  public static LockHolder current(String command, Instant started) {
    return new LockHolder(
        ProcessHandle.current().pid(),
        System.getProperty("user.name", "unknown"),
        hostName(),
        command,
        started);
  }

  /**
   * Whether this holder is known to be gone: a process of this machine (same host name) that no
   * longer runs. Its lock is being released (the lock helper ends a moment after its potctl).
   */
  public boolean goneFromThisHost() {
    return host.equals(hostName()) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  /** One line naming the holder: {@code pid 4242 (root@web1) running 'potctl apply' since …}. */
  public String describe() {
    return "pid " + pid + " (" + user + "@" + host + ") running '" + command + "' since " + started;
  }

  String toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("pid", pid);
    o.put("user", user);
    o.put("host", host);
    o.put("command", command);
    o.put("started", started.toString());
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
  }

  /** Parses {@link #toJson()}'s output; throws on anything malformed. */
  static LockHolder fromJson(String text) {
    JsonNode o = JSON.readTree(text);
    return new LockHolder(
        o.required("pid").asLong(),
        o.required("user").asString(),
        o.required("host").asString(),
        o.required("command").asString(),
        Instant.parse(o.required("started").asString()));
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String env = System.getenv("HOSTNAME");
      return env == null || env.isBlank() ? "unknown" : env;
    }
  }
}
