package org.potctl.schema.bind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.model.BridgeSpec;
import org.potctl.schema.model.FlavourScript;
import org.potctl.schema.model.FlavourSpec;
import org.potctl.schema.model.FscompSpec;
import org.potctl.schema.model.Hooks;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Spec;
import org.potctl.schema.yaml.JsonPath;
import tools.jackson.databind.JsonNode;

/** Binds checked declarations to a {@link Spec}. Call only when the checks found no error. */
public final class SpecBinder {

  private final Path specDir;

  /** A binder for the spec in {@code specDir}. */
  public SpecBinder(Path specDir) {
    this.specDir = specDir;
  }

  /** The spec, or empty (with a diagnostic) if a flavour script could not be read. */
  public Optional<Spec> bind(Declarations decls, Diagnostics.Builder out) {
    Map<String, FlavourSpec> flavours = new TreeMap<>();
    Map<String, String> scripts = new TreeMap<>();
    for (Declared d : decls.of(ResourceKind.FLAVOUR).values()) {
      Optional<FlavourScript> script = file(d, d.at(Fields.SCRIPT), "script", out);
      script.ifPresent(s -> scripts.put(relative(s.path()), s.content()));
      flavours.put(
          d.name(), new FlavourSpec(d.name(), PotBinder.strings(d.field(Fields.COMMANDS)), script));
    }
    Map<String, PotSpec> pots = new TreeMap<>();
    for (Declared d : decls.pots().values()) {
      Optional<FlavourScript> resolv = file(d, d.at(Fields.DNS, Fields.CUSTOM), "resolv.conf", out);
      resolv.ifPresent(s -> scripts.put(relative(s.path()), s.content()));
      pots.put(d.name(), PotBinder.bind(d, resolv, hooks(d, scripts, out)));
    }
    if (out.hasErrors()) {
      return Optional.empty();
    }
    Map<String, FscompSpec> fscomps = new TreeMap<>();
    decls.of(ResourceKind.FSCOMP).values().forEach(d -> fscomps.put(d.name(), fscomp(d)));
    Map<String, BridgeSpec> bridges = new TreeMap<>();
    decls
        .of(ResourceKind.BRIDGE)
        .values()
        .forEach(
            d -> bridges.put(d.name(), new BridgeSpec(d.name(), d.field(Fields.SIZE).asInt())));
    String digest = Digest.of(decls.documents(), scripts);
    return Optional.of(
        new Spec(
            specDir,
            new TreeMap<>(pots),
            new TreeMap<>(fscomps),
            new TreeMap<>(bridges),
            new TreeMap<>(flavours),
            digest,
            locations(decls),
            nodes(decls)));
  }

  /** The pot's hook scripts when it declares {@code hooks}, each read like a flavour script. */
  private Optional<Hooks> hooks(Declared d, Map<String, String> scripts, Diagnostics.Builder out) {
    if (!d.field(Fields.HOOKS).isObject()) {
      return Optional.empty();
    }
    SortedMap<String, FlavourScript> read = new TreeMap<>();
    for (String type : Hooks.TYPES) {
      file(d, d.at(Fields.HOOKS, type), "hook script", out)
          .ifPresent(
              s -> {
                scripts.put(relative(s.path()), s.content());
                read.put(type, s);
              });
    }
    return Optional.of(new Hooks(read));
  }

  /**
   * Where the values that checks after validation judge are: each pot's {@code network.ip} (plan's
   * address checks) with each item of an address list, and its {@code type}, {@code network.type},
   * {@code flavours} (a flavour's mount points), {@code template} and {@code image.name} (a clone
   * source owned by another spec), {@code image.url} (a file URL's directory, judged on the host),
   * {@code cmd} and {@code hooks.TYPE} ({@code export nomad}), and each {@code mounts[i].dir} (the
   * plan-time host directory check), {@code mounts[i].at} (a multi pot's mount point check) and
   * {@code ports[i]} (host ports clashing within the spec or with another spec's pots) and {@code
   * flavours[i]} (a second flavour with a script, counting the host's flavours); and each bridge's
   * {@code size} (plan's capacity check), and each flavour's {@code commands[i]} (a {@code mount-in
   * -d} or {@code copy-in -s} source, judged on the host at plan time).
   */
  private static Map<String, SourceLocation> nodes(Declarations decls) {
    Map<String, SourceLocation> out = new HashMap<>();
    for (Declared d : decls.pots().values()) {
      List<JsonPath> paths =
          new ArrayList<>(
              List.of(
                  d.at(Fields.NETWORK, Fields.IP),
                  d.at(Fields.NETWORK, Fields.TYPE),
                  d.at(Fields.TYPE),
                  d.at(Fields.FLAVOURS),
                  d.at(Fields.TEMPLATE),
                  d.at(Fields.IMAGE, Fields.NAME),
                  d.at(Fields.IMAGE, Fields.URL),
                  d.at(Fields.CMD)));
      Hooks.TYPES.forEach(t -> paths.add(d.at(Fields.HOOKS, t)));
      // an alias address, judged against the host's interfaces at plan time
      items(d, d.at(Fields.NETWORK, Fields.IP), paths);
      // a host port, judged against the other pots of this spec and of other specs at plan time
      items(d, d.at(Fields.PORTS), paths);
      // a flavour, judged with the host's flavours (a second one with a script) at plan time
      items(d, d.at(Fields.FLAVOURS), paths);
      JsonNode mounts = d.node(d.at(Fields.MOUNTS));
      for (int i = 0; i < mounts.size(); i++) {
        // a dir mount's source, judged on the host at plan time; a multi pot's mount point
        paths.add(d.at(Fields.MOUNTS).index(i).child(Fields.DIR));
        paths.add(d.at(Fields.MOUNTS).index(i).child(Fields.AT));
      }
      for (JsonPath p : paths) {
        if (!d.node(p).isMissingNode()) {
          out.put(p.toString(), d.locate(p));
        }
      }
    }
    for (Declared d : decls.of(ResourceKind.FLAVOUR).values()) {
      // a mount-in -d or copy-in -s source, judged on the host at plan time
      JsonNode commands = d.node(d.at(Fields.COMMANDS));
      for (int i = 0; commands.isArray() && i < commands.size(); i++) {
        out.put(
            d.at(Fields.COMMANDS).index(i).toString(), d.locate(d.at(Fields.COMMANDS).index(i)));
      }
    }
    for (Declared d : decls.of(ResourceKind.BRIDGE).values()) {
      // a bridge's size, judged against the pots the spec puts on it
      JsonPath size = d.at(Fields.SIZE);
      if (!d.node(size).isMissingNode()) {
        out.put(size.toString(), d.locate(size));
      }
    }
    return out;
  }

  private static void items(Declared d, JsonPath list, List<JsonPath> into) {
    JsonNode node = d.node(list);
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      into.add(list.index(i));
    }
  }

  private static FscompSpec fscomp(Declared d) {
    JsonNode n = d.body();
    return new FscompSpec(
        d.name(),
        PotBinder.entries(n.path(Fields.PROPERTIES), ZfsPropertyValues::normalise),
        n.path(Fields.PROTECT).asBoolean(true),
        n.path(Fields.SNAPSHOT_BEFORE_CHANGE).asBoolean(false));
  }

  /**
   * The spec file named at {@code path} of {@code d} (a flavour script, a hook script, a
   * resolv.conf); {@code role} names it in the messages.
   */
  private Optional<FlavourScript> file(
      Declared d, JsonPath path, String role, Diagnostics.Builder out) {
    JsonNode script = d.node(path);
    if (!script.isString()) {
      return Optional.empty();
    }
    Outcome<FlavourScript> read =
        FlavourScripts.locate(specDir, d.doc().file(), role, script.stringValue())
            .value()
            .map(real -> FlavourScripts.read(real, role))
            .orElseGet(() -> Outcome.fail(role + " " + script.stringValue() + " disappeared"));
    if (!read.isOk()) {
      out.add(Diagnostic.error(path.toString(), read.problem(), d.locate(path)));
      return Optional.empty();
    }
    Optional<Diagnostic> hidden = FlavourScripts.hiddenError(d, path, role, read.get());
    hidden.ifPresent(out::add);
    return hidden.isPresent() ? Optional.empty() : read.value();
  }

  private String relative(Path real) {
    try {
      return specDir.toRealPath().relativize(real).toString().replace('\\', '/');
    } catch (java.io.IOException e) {
      return real.toString();
    }
  }

  private static Map<ResourceAddress, SourceLocation> locations(Declarations decls) {
    Map<ResourceAddress, SourceLocation> out = new HashMap<>();
    decls
        .byKind()
        .values()
        .forEach(m -> m.values().forEach(d -> out.put(d.address(), d.keyLocation())));
    return out;
  }
}
