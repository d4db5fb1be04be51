package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Size;
import org.potctl.state.model.HostsEntry;
import org.potctl.state.model.Mount;
import org.potctl.state.model.MountOption;
import org.potctl.state.model.Pot;
import org.potctl.state.model.PotConfig;
import org.potctl.state.model.Protocol;
import org.potctl.state.pot.PotLayout;

/**
 * Spec and observed pot values in one comparable vocabulary: the spec's. Sets where pot ignores
 * order (mounts, ports, env, hosts, dependencies), pot's {@code YES}/{@code NO} for booleans, bytes
 * for sizes.
 */
final class PotValues {

  private static final Set<String> TRUE = Set.of("yes", "true", "on");
  private static final Set<String> FALSE = Set.of("no", "false", "off");

  private PotValues() {}

  /**
   * {@code fscomp:NAME TARGET [ro]} or {@code dir:PATH TARGET [ro]}, the target as pot writes it
   * into fscomp.conf: its realpath in the pot ({@code /var/db} of a multi pot is {@code
   * /opt/custom/var/db}, {@link PotLayout}).
   */
  static SortedSet<String> mounts(PotSpec spec) {
    SortedSet<String> set = new TreeSet<>();
    spec.mounts().forEach(m -> set.add(mount(spec, m)));
    return set;
  }

  /** One mount of the spec in the comparable form. */
  static String mount(PotSpec spec, MountSpec m) {
    String source =
        m.source() instanceof MountSource.Fscomp f
            ? "fscomp:" + f.name()
            : "dir:" + ((MountSource.HostDir) m.source()).path();
    String at = PotLayout.realPath(spec.type() == org.potctl.schema.model.PotType.MULTI, m.at());
    return source + " " + at + (m.readonly() ? " ro" : "");
  }

  /**
   * The pot's mounts, without pot's own layering (a multi pot's base and own datasets, any dataset
   * below {@code bases} or {@code jails}): those are pot's business, not the spec's.
   */
  static SortedSet<String> mounts(Pot pot, PotConfig config) {
    SortedSet<String> set = new TreeSet<>();
    for (Mount m : pot.mounts()) {
      if (layering(m, config)) {
        continue;
      }
      String source =
          m.isHostDirectory()
              ? "dir:" + m.source()
              : config
                  .fscompName(m.source())
                  .map(f -> "fscomp:" + f)
                  .orElse("dataset:" + m.source());
      String option = m.option() == MountOption.READ_WRITE ? "" : " " + m.option().potName();
      String at =
          PotLayout.realPath(pot.type() == org.potctl.state.model.PotType.MULTI, m.target());
      set.add(source + " " + at + option);
    }
    return set;
  }

  private static boolean layering(Mount m, PotConfig config) {
    String s = m.source();
    return !m.isHostDirectory()
        && (s.equals(config.basesDataset())
            || s.startsWith(config.basesDataset() + "/")
            || s.startsWith(config.jailsDataset() + "/"));
  }

  static SortedSet<String> ports(PotSpec spec) {
    SortedSet<String> set = new TreeSet<>();
    spec.ports().forEach(p -> set.add(p.toPotSyntax()));
    return set;
  }

  static SortedSet<String> ports(Pot pot) {
    SortedSet<String> set = new TreeSet<>();
    pot.ports().forEach(p -> set.add(p.toPotArgument()));
    return set;
  }

  /** The spec's exports in pot's model, in spec order. */
  static List<org.potctl.state.model.PortExport> potPorts(PotSpec spec) {
    List<org.potctl.state.model.PortExport> list = new ArrayList<>();
    for (PortExport p : spec.ports()) {
      Protocol proto =
          p.proto() == org.potctl.schema.model.Protocol.UDP ? Protocol.UDP : Protocol.TCP;
      list.add(new org.potctl.state.model.PortExport(proto, p.potPort(), p.hostPort()));
    }
    return list;
  }

  /** {@code tcp/8080} for each export with a fixed host port: what readiness waits for. */
  static List<String> redirects(PotSpec spec) {
    List<String> list = new ArrayList<>();
    for (PortExport p : spec.ports()) {
      if (p.hostPort().isPresent()) {
        list.add(p.proto().label() + "/" + p.hostPort().getAsInt());
      }
    }
    return list;
  }

  static List<String> env(PotSpec spec) {
    List<String> list = new ArrayList<>();
    spec.env().forEach((k, v) -> list.add(k + "=" + v));
    return list;
  }

  static SortedSet<String> env(Pot pot) {
    return new TreeSet<>(pot.env());
  }

  static List<HostsEntry> hosts(PotSpec spec) {
    List<HostsEntry> list = new ArrayList<>();
    spec.hosts().forEach((name, ip) -> list.add(new HostsEntry(ip, name)));
    return list;
  }

  static SortedMap<String, String> hosts(Pot pot) {
    SortedMap<String, String> map = new TreeMap<>();
    pot.hosts().forEach(h -> map.put(h.hostname(), h.ip()));
    return map;
  }

  /** The value of attribute {@code name} normalised: {@code YES}/{@code NO} for booleans. */
  static String attribute(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (TRUE.contains(lower)) {
      return "YES";
    }
    return FALSE.contains(lower) ? "NO" : value;
  }

  /** pot's value of an attribute it did not write: what {@code pot create} leaves. */
  static Optional<String> attributeDefault(String name) {
    return switch (name) {
      case "persistent" -> Optional.of("YES");
      case "start-at-boot", "early-start-at-boot", "no-rc-script", "prunable", "no-tmpfs" ->
          Optional.of("NO");
      default -> Optional.empty();
    };
  }

  static OptionalInt cpus(Pot pot) {
    return pot.resources().cpus();
  }

  /** Whether an observed memory limit equals the spec's size ({@code 512M} = {@code 536870912}). */
  static boolean sameMemory(Optional<Size> spec, Optional<String> observed) {
    if (spec.isEmpty() || observed.isEmpty()) {
      return spec.isEmpty() == observed.isEmpty();
    }
    return Size.parse(observed.get())
        .map(Size::bytes)
        .filter(b -> b == spec.get().bytes())
        .isPresent();
  }

  /**
   * The pot's address without alias interface prefixes ({@code em0|10.0.0.5} → {@code 10.0.0.5}).
   */
  static Optional<String> ip(Pot pot) {
    return pot.network()
        .ip()
        .map(
            ip ->
                String.join(
                    " ",
                    java.util.Arrays.stream(ip.trim().split("\\s+"))
                        .map(i -> AliasItem.parse(i).ip())
                        .toList()));
  }
}
