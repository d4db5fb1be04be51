package org.potctl.schema.bind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.potctl.schema.model.DesiredState;
import org.potctl.schema.model.DnsSpec;
import org.potctl.schema.model.FlavourScript;
import org.potctl.schema.model.Hooks;
import org.potctl.schema.model.ImageRef;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.NetworkSpec;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.PotOptions;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;
import org.potctl.schema.model.Resources;
import org.potctl.schema.model.Size;
import tools.jackson.databind.JsonNode;

/** Binds a checked pot declaration to a {@link PotSpec}, filling in defaults. */
final class PotBinder {

  private PotBinder() {}

  static PotSpec bind(Declared d, Optional<FlavourScript> resolvConf, Optional<Hooks> hooks) {
    JsonNode n = d.body();
    return new PotSpec(
        d.name(),
        n.path(Fields.BASE).asString(""),
        n.path(Fields.TYPE).asString("single").equals("multi") ? PotType.MULTI : PotType.SINGLE,
        network(n.path(Fields.NETWORK)),
        mounts(n.path(Fields.MOUNTS)),
        ports(n.path(Fields.PORTS)),
        strings(n.path(Fields.FLAVOURS)),
        resources(n.path(Fields.RESOURCES)),
        entries(n.path(Fields.ATTRIBUTES), AttributeValues::normalise),
        entries(n.path(Fields.ENV), (k, v) -> Outcome.ok(Values.scalarText(v).orElse(""))),
        entries(n.path(Fields.HOSTS), (k, v) -> Outcome.ok(v.asString())),
        strings(n.path(Fields.DEPENDS_ON)),
        n.path(Fields.STATE).asString("running").equals("stopped")
            ? DesiredState.STOPPED
            : DesiredState.RUNNING,
        n.path(Fields.PROTECT).asBoolean(false),
        n.path(Fields.NOMAD).asBoolean(true),
        options(n, resolvConf, hooks));
  }

  private static PotOptions options(
      JsonNode n, Optional<FlavourScript> resolvConf, Optional<Hooks> hooks) {
    DnsSpec dns =
        resolvConf.isPresent()
            ? new DnsSpec(DnsSpec.Mode.CUSTOM, resolvConf)
            : new DnsSpec(dnsMode(n.path(Fields.DNS).asString("inherit")), Optional.empty());
    return new PotOptions(
        n.path(Fields.CMD).asStringOpt(),
        dns,
        n.path(Fields.SNAPSHOT_BEFORE_CHANGE).asBoolean(false),
        image(n.path(Fields.IMAGE)),
        n.path(Fields.TEMPLATE).asStringOpt(),
        hooks);
  }

  private static Optional<ImageRef> image(JsonNode n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    return Optional.of(
        new ImageRef(
            n.path(Fields.URL).asString(),
            n.path(Fields.NAME).asString(),
            Values.scalarText(n.path(Fields.TAG)).orElse("")));
  }

  private static DnsSpec.Mode dnsMode(String label) {
    for (DnsSpec.Mode m : DnsSpec.Mode.values()) {
      if (m.label().equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException("dns " + label + " was not validated");
  }

  private static NetworkSpec network(JsonNode n) {
    NetworkType type = NetworkType.fromLabel(n.path(Fields.TYPE).asString("inherit")).orElseThrow();
    Optional<String> bridge = n.path(Fields.BRIDGE).asStringOpt();
    JsonNode ip = n.path(Fields.IP);
    List<String> ips =
        ip.isArray()
            ? strings(ip)
            : ip.asStringOpt().filter(s -> !s.equals(Fields.AUTO)).stream().toList();
    return new NetworkSpec(type, bridge, ips, n.path(Fields.STACK).asStringOpt());
  }

  private static List<MountSpec> mounts(JsonNode list) {
    List<MountSpec> mounts = new ArrayList<>();
    for (JsonNode m : list) {
      MountSource source =
          m.has(Fields.FSCOMP)
              ? new MountSource.Fscomp(m.path(Fields.FSCOMP).asString())
              : new MountSource.HostDir(Path.of(m.path(Fields.DIR).asString()));
      mounts.add(
          new MountSpec(
              source, m.path(Fields.AT).asString(), m.path(Fields.READONLY).asBoolean(false)));
    }
    return mounts;
  }

  private static List<PortExport> ports(JsonNode list) {
    List<PortExport> ports = new ArrayList<>();
    list.forEach(p -> ports.add(PortSyntax.parse(p).get()));
    return ports;
  }

  private static Resources resources(JsonNode n) {
    OptionalInt cpus =
        n.has(Fields.CPUS) ? OptionalInt.of(n.path(Fields.CPUS).asInt()) : OptionalInt.empty();
    Optional<Size> memory =
        n.has(Fields.MEMORY) ? Values.size(n.path(Fields.MEMORY)).value() : Optional.empty();
    return new Resources(cpus, memory);
  }

  static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(s -> out.add(s.asString()));
    return out;
  }

  static TreeMap<String, String> entries(
      JsonNode map, BiFunction<String, JsonNode, Outcome<String>> normaliser) {
    TreeMap<String, String> out = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      out.put(e.getKey(), normaliser.apply(e.getKey(), e.getValue()).get());
    }
    return out;
  }
}
