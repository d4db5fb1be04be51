package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Protocol;
import org.potctl.schema.model.Resources;
import org.potctl.schema.model.Size;
import org.potctl.schema.model.Spec;
import org.potctl.schema.validate.FlavourLine;
import org.potctl.state.model.Flavour;
import org.potctl.state.pot.ExportPorts;

/**
 * A pot as its spec and its flavours leave it together: {@code pot create} runs the flavours' lines
 * first, then potctl sets what the spec names. An {@code export-ports} or {@code set-env} line
 * replaces the whole list (a spec list, when given, replaces it again), {@code set-rss} sets the
 * limits it names (a spec limit wins), {@code add-dep} appends (the spec's come after). So these
 * effects are part of what the pot should have: neither drift nor a warning at every plan. A
 * flavour not in the spec counts with the lines of the host flavour of that name, as observed.
 */
final class FlavourSettings {

  private FlavourSettings() {}

  /**
   * {@code pot} with its flavours' (spec or host) ports, env, limits and dependencies merged in.
   */
  static PotSpec effective(Spec spec, PotSpec pot, Map<String, Flavour> hostFlavours) {
    List<PortExport> ports = List.of();
    SortedMap<String, String> env = new TreeMap<>();
    OptionalInt cpus = OptionalInt.empty();
    Optional<Size> memory = Optional.empty();
    LinkedHashSet<String> deps = new LinkedHashSet<>();
    for (FlavourCommands.Named named : FlavourCommands.of(spec, pot, hostFlavours)) {
      FlavourLine l = named.line();
      switch (l.sub()) {
        case "export-ports" -> ports = port(l.get('e').orElse("")).map(List::of).orElse(ports);
        case "set-env" -> env = variable(l.get('E').orElse("")).orElse(env);
        case "set-rss" -> {
          cpus =
              l.get('C')
                  .filter(c -> c.matches("[0-9]{1,4}"))
                  .map(c -> OptionalInt.of(Integer.parseInt(c)))
                  .orElse(cpus);
          Optional<Size> before = memory;
          memory = l.get('M').flatMap(Size::parse).or(() -> before);
        }
        case "add-dep" -> l.get('P').ifPresent(deps::add);
        default -> {}
      }
    }
    if (ports.isEmpty() && env.isEmpty() && cpus.isEmpty() && memory.isEmpty() && deps.isEmpty()) {
      return pot;
    }
    Resources r = pot.resources();
    deps.addAll(pot.dependsOn());
    return new PotSpec(
        pot.name(),
        pot.base(),
        pot.type(),
        pot.network(),
        pot.mounts(),
        pot.ports().isEmpty() ? ports : pot.ports(),
        pot.flavours(),
        new Resources(
            r.cpus().isPresent() ? r.cpus() : cpus, r.memory().isPresent() ? r.memory() : memory),
        pot.attributes(),
        pot.env().isEmpty() ? env : pot.env(),
        pot.hosts(),
        new ArrayList<>(deps),
        pot.state(),
        pot.protect(),
        pot.nomad(),
        pot.options());
  }

  /** pot's {@code -e [tcp:|udp:]POT_PORT[:HOST_PORT]} as pot reads it, if it is one. */
  private static Optional<PortExport> port(String item) {
    try {
      org.potctl.state.model.PortExport p = ExportPorts.parse(item);
      return Optional.of(
          new PortExport(
              p.protocol() == org.potctl.state.model.Protocol.UDP ? Protocol.UDP : Protocol.TCP,
              p.potPort(),
              p.hostPort()));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not pot's syntax, or a port out of range
    }
  }

  /** set-env's {@code -E NAME=VALUE}: the whole environment afterwards. */
  private static Optional<SortedMap<String, String>> variable(String item) {
    int eq = item.indexOf('=');
    if (eq <= 0) {
      return Optional.empty();
    }
    SortedMap<String, String> env = new TreeMap<>();
    env.put(item.substring(0, eq), item.substring(eq + 1));
    return Optional.of(env);
  }
}
