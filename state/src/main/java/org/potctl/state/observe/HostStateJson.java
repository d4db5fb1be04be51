package org.potctl.state.observe;

import java.util.List;
import java.util.stream.Stream;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Mount;
import org.potctl.state.model.Pot;
import org.potctl.state.model.Redirect;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code potctl observe -o json}: the observed host as the fields of one JSON document with stable
 * snake_case names, every list sorted by name, absent values as {@code null}. The controller wraps
 * them in its document (format_version, diagnostics).
 */
public final class HostStateJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HostStateJson() {}

  /** The fields for {@code state} seen through host driver {@code driver}, as one tree. */
  public static ObjectNode tree(HostState state, String driver) {
    ObjectNode root = JSON.createObjectNode();
    root.set("host", host(state, driver));
    root.set("config", config(state));
    for (Section section : sections(state)) {
      ArrayNode array = root.putArray(section.name());
      section.items().forEach(array::add);
    }
    return root;
  }

  /**
   * Streams the same fields to {@code g} (inside the document object): every list element is built
   * and written on its own, so the document of 10,000 pots is never held as a tree.
   */
  public static void write(JsonGenerator g, HostState state, String driver) {
    g.writeName("host");
    g.writeTree(host(state, driver));
    g.writeName("config");
    g.writeTree(config(state));
    for (Section section : sections(state)) {
      g.writeArrayPropertyStart(section.name());
      section.items().forEach(g::writeTree);
      g.writeEndArray();
    }
  }

  /** One list of the document, its elements made as they are consumed. */
  private record Section(String name, Stream<? extends JsonNode> items) {}

  private static ObjectNode host(HostState state, String driver) {
    return JSON.createObjectNode().put("driver", driver).put("fingerprint", state.fingerprint());
  }

  private static ObjectNode config(HostState state) {
    ObjectNode config =
        JSON.createObjectNode()
            .put("zfs_root", state.config().zfsRoot())
            .put("fs_root", state.config().fsRoot());
    ObjectNode settings = config.putObject("settings");
    state.config().settings().forEach(settings::put);
    return config;
  }

  private static List<Section> sections(HostState state) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return List.of(
        new Section("pots", state.pots().values().stream().map(p -> pot(f.objectNode(), p, state))),
        new Section("incomplete_pots", state.incompletePots().stream().map(f::stringNode)),
        new Section(
            "fscomps",
            state.fscomps().entrySet().stream()
                .map(e -> dataset(f.objectNode().put("name", e.getKey()), e.getValue()))),
        new Section(
            "datasets", state.datasets().values().stream().map(ds -> dataset(f.objectNode(), ds))),
        new Section(
            "bridges",
            state.bridges().values().stream()
                .map(
                    b ->
                        f.objectNode()
                            .put("name", b.name())
                            .put("network", b.network())
                            .put("gateway", b.gateway())
                            .put("fingerprint", b.fingerprint()))),
        new Section(
            "flavours",
            state.flavours().values().stream()
                .map(
                    fl ->
                        f.objectNode()
                            .put("name", fl.name())
                            .put("commands", fl.commands().orElse(null))
                            .put("script_digest", fl.scriptDigest().orElse(null))
                            .put("fingerprint", fl.fingerprint()))),
        new Section(
            "bases",
            state.bases().values().stream()
                .map(b -> f.objectNode().put("name", b.name()).put("dataset", b.dataset()))),
        new Section(
            "jails",
            state.jails().values().stream()
                .map(
                    j ->
                        f.objectNode()
                            .put("name", j.name())
                            .put("jid", j.jid())
                            .put("path", j.path())
                            .put("dying", j.dying()))),
        new Section("redirects", state.redirects().stream().map(HostStateJson::redirect)));
  }

  private static ObjectNode pot(ObjectNode o, Pot p, HostState state) {
    o.put("name", p.name()).put("fingerprint", p.fingerprint());
    o.put("type", p.type().potName()).put("level", p.level()).put("base", p.base());
    o.put("potbase", p.potbase().orElse(null));
    o.put("state", state.isRunning(p.name()) ? "running" : "stopped");
    o.putObject("network")
        .put("type", p.network().type().potName())
        .put("ip", p.network().ip().orElse(null))
        .put("bridge", p.network().bridge().orElse(null))
        .put("stack", p.network().stack().orElse(null));
    o.put("dns", p.dns()).put("command", p.command().orElse(null));
    o.put("hostname", p.hostname().orElse(null));
    ArrayNode mounts = o.putArray("mounts");
    p.mounts().forEach(m -> mount(mounts.addObject(), m));
    ArrayNode ports = o.putArray("ports");
    p.ports()
        .forEach(
            x -> {
              ObjectNode port =
                  ports.addObject().put("proto", x.protocol().potName()).put("pot", x.potPort());
              if (x.hostPort().isPresent()) {
                port.put("host", x.hostPort().getAsInt());
              } else {
                port.putNull("host");
              }
            });
    ObjectNode attrs = o.putObject("attributes");
    p.attributes().forEach(attrs::put);
    ObjectNode rss = o.putObject("resources");
    if (p.resources().cpus().isPresent()) {
      rss.put("cpus", p.resources().cpus().getAsInt());
    } else {
      rss.putNull("cpus");
    }
    rss.put("memory", p.resources().memory().orElse(null));
    ArrayNode env = o.putArray("env");
    p.env().forEach(env::add);
    ArrayNode hosts = o.putArray("hosts");
    p.hosts().forEach(h -> hosts.addObject().put("ip", h.ip()).put("hostname", h.hostname()));
    ArrayNode depends = o.putArray("depends");
    p.depends().forEach(depends::add);
    ObjectNode hooks = o.putObject("hooks");
    p.hooks().forEach(hooks::put);
    ArrayNode redirects = o.putArray("redirects");
    state.redirectsOf(p.name()).forEach(r -> redirects.add(redirect(r)));
    return o;
  }

  private static void mount(ObjectNode o, Mount m) {
    o.put("source", m.source()).put("target", m.target());
    o.put("option", m.option().potName().isEmpty() ? "rw" : m.option().potName());
    o.put("host_directory", m.isHostDirectory()).put("legacy", m.legacy());
  }

  private static ObjectNode dataset(ObjectNode o, Dataset ds) {
    o.put("dataset", ds.name()).put("mountpoint", ds.mountpoint());
    o.put("origin", ds.origin().orElse(null)).put("used", ds.usedBytes());
    o.put("owner", ds.owner().orElse(null)).put("apply", ds.applyId().orElse(null));
    return o;
  }

  private static ObjectNode redirect(Redirect r) {
    return JSON.createObjectNode()
        .put("anchor", r.anchor())
        .put("proto", r.protocol().potName())
        .put("interface", r.iface())
        .put("destination", r.destination())
        .put("host_port", r.hostPort())
        .put("pot_ip", r.potIp())
        .put("pot_port", r.potPort());
  }
}
