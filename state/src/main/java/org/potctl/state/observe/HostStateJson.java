package org.potctl.state.observe;

import java.util.List;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Mount;
import org.potctl.state.model.Pot;
import org.potctl.state.model.Redirect;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code potctl observe -o json}: the observed host as the fields of one JSON document with stable
 * snake_case names, every list sorted by name, absent values as {@code null}. The controller wraps
 * them in its document (format_version, diagnostics).
 */
public final class HostStateJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HostStateJson() {}

  /** The fields for {@code state} seen through host driver {@code driver}. */
  public static ObjectNode tree(HostState state, String driver) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("host").put("driver", driver).put("fingerprint", state.fingerprint());
    ObjectNode config =
        root.putObject("config")
            .put("zfs_root", state.config().zfsRoot())
            .put("fs_root", state.config().fsRoot());
    ObjectNode settings = config.putObject("settings");
    state.config().settings().forEach(settings::put);
    ArrayNode pots = root.putArray("pots");
    state.pots().values().forEach(p -> pot(pots.addObject(), p, state));
    ArrayNode incomplete = root.putArray("incomplete_pots");
    state.incompletePots().forEach(incomplete::add);
    ArrayNode fscomps = root.putArray("fscomps");
    state.fscomps().forEach((name, ds) -> dataset(fscomps.addObject().put("name", name), ds));
    ArrayNode datasets = root.putArray("datasets");
    state.datasets().values().forEach(ds -> dataset(datasets.addObject(), ds));
    ArrayNode bridges = root.putArray("bridges");
    state
        .bridges()
        .values()
        .forEach(
            b ->
                bridges
                    .addObject()
                    .put("name", b.name())
                    .put("network", b.network())
                    .put("gateway", b.gateway())
                    .put("fingerprint", b.fingerprint()));
    ArrayNode flavours = root.putArray("flavours");
    state
        .flavours()
        .values()
        .forEach(
            f ->
                flavours
                    .addObject()
                    .put("name", f.name())
                    .put("commands", f.commands().orElse(null))
                    .put("script_digest", f.scriptDigest().orElse(null))
                    .put("fingerprint", f.fingerprint()));
    ArrayNode bases = root.putArray("bases");
    state
        .bases()
        .values()
        .forEach(b -> bases.addObject().put("name", b.name()).put("dataset", b.dataset()));
    ArrayNode jails = root.putArray("jails");
    state
        .jails()
        .values()
        .forEach(
            j ->
                jails
                    .addObject()
                    .put("name", j.name())
                    .put("jid", j.jid())
                    .put("path", j.path())
                    .put("dying", j.dying()));
    redirects(root.putArray("redirects"), state.redirects());
    return root;
  }

  private static void pot(ObjectNode o, Pot p, HostState state) {
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
    redirects(o.putArray("redirects"), state.redirectsOf(p.name()));
  }

  private static void mount(ObjectNode o, Mount m) {
    o.put("source", m.source()).put("target", m.target());
    o.put("option", m.option().potName().isEmpty() ? "rw" : m.option().potName());
    o.put("host_directory", m.isHostDirectory()).put("legacy", m.legacy());
  }

  private static void dataset(ObjectNode o, Dataset ds) {
    o.put("dataset", ds.name()).put("mountpoint", ds.mountpoint());
    o.put("origin", ds.origin().orElse(null)).put("used", ds.usedBytes());
    o.put("owner", ds.owner().orElse(null)).put("apply", ds.applyId().orElse(null));
  }

  private static void redirects(ArrayNode into, List<Redirect> redirects) {
    redirects.forEach(
        r ->
            into.addObject()
                .put("anchor", r.anchor())
                .put("proto", r.protocol().potName())
                .put("interface", r.iface())
                .put("destination", r.destination())
                .put("host_port", r.hostPort())
                .put("pot_ip", r.potIp())
                .put("pot_port", r.potPort()));
  }
}
