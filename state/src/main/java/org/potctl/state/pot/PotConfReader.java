package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.potctl.state.model.HostsEntry;
import org.potctl.state.model.Mount;
import org.potctl.state.model.NetworkType;
import org.potctl.state.model.Pot;
import org.potctl.state.model.PotNetwork;
import org.potctl.state.model.PotType;
import org.potctl.state.model.Resources;

/**
 * Turns a parsed pot.conf plus its mounts into a {@link Pot} (pot.md §2.1). Unknown keys are
 * ignored (pot itself ignores them); a known key with a value pot could not have written is an
 * error naming the file and line.
 */
public final class PotConfReader {

  private static final String ATTR = "pot.attr.";

  private PotConfReader() {}

  /** The pot named {@code name} described by {@code conf} and its fscomp.conf {@code mounts}. */
  public static Pot read(String name, PotConfFile conf, List<Mount> mounts) {
    PotType type = type(conf);
    return new Pot(
        name,
        type,
        level(conf, type),
        conf.last("pot.base").orElse(""),
        conf.last("pot.potbase").filter(v -> !v.isEmpty()),
        PotNetworkReader.read(conf),
        conf.last("pot.dns").orElse("inherit"),
        conf.last("pot.cmd"),
        conf.last("host.hostname").map(PotConfReader::unquote),
        mounts,
        conf.lastEntry("pot.export.ports").map(e -> ports(conf, e)).orElse(List.of()),
        attributes(conf),
        resources(conf),
        conf.all("pot.env").stream().map(e -> unescape(unquote(e.value()))).toList(),
        hosts(conf),
        conf.all("pot.depend").stream()
            .map(e -> e.value().trim())
            .filter(v -> !v.isEmpty())
            .toList());
  }

  private static PotType type(PotConfFile conf) {
    Optional<PotConfFile.Entry> entry = conf.lastEntry("pot.type");
    if (entry.isEmpty()) {
      return PotType.MULTI;
    }
    try {
      return PotType.fromPot(entry.get().value().trim());
    } catch (IllegalArgumentException e) {
      throw conf.error(entry.get(), e.getMessage());
    }
  }

  private static int level(PotConfFile conf, PotType type) {
    Optional<PotConfFile.Entry> entry = conf.lastEntry("pot.level");
    if (entry.isEmpty()) {
      return type == PotType.SINGLE ? 0 : 1;
    }
    String value = entry.get().value().trim();
    if (!value.matches("[012]")) {
      throw conf.error(entry.get(), "pot.level is not 0, 1 or 2: '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  private static List<org.potctl.state.model.PortExport> ports(
      PotConfFile conf, PotConfFile.Entry entry) {
    try {
      return ExportPorts.parseList(entry.value());
    } catch (IllegalArgumentException e) {
      throw conf.error(entry, e.getMessage());
    }
  }

  private static TreeMap<String, String> attributes(PotConfFile conf) {
    TreeMap<String, String> attrs = new TreeMap<>();
    for (PotConfFile.Entry e : conf.entries()) {
      if (e.key().startsWith(ATTR) && e.key().length() > ATTR.length()) {
        attrs.put(e.key().substring(ATTR.length()), e.value());
      }
    }
    return attrs;
  }

  private static Resources resources(PotConfFile conf) {
    OptionalInt cpus = OptionalInt.empty();
    Optional<PotConfFile.Entry> c = conf.lastEntry("pot.rss.cpus");
    if (c.isPresent()) {
      String v = c.get().value().trim();
      if (!v.matches("[1-9][0-9]{0,5}")) {
        throw conf.error(c.get(), "pot.rss.cpus is not a positive number: '" + v + "'");
      }
      cpus = OptionalInt.of(Integer.parseInt(v));
    }
    Optional<PotConfFile.Entry> m = conf.lastEntry("pot.rss.memory");
    if (m.isPresent() && !m.get().value().trim().matches("[0-9]+[bBkKmMgG]?")) {
      throw conf.error(m.get(), "pot.rss.memory is not a size: '" + m.get().value() + "'");
    }
    return new Resources(cpus, m.map(e -> e.value().trim()));
  }

  private static List<HostsEntry> hosts(PotConfFile conf) {
    List<HostsEntry> hosts = new ArrayList<>();
    for (PotConfFile.Entry e : conf.all("pot.hosts")) {
      String v = e.value().trim();
      int sp = v.indexOf(' ');
      if (sp <= 0) {
        throw conf.error(e, "pot.hosts is not '<ip> <hostname>': '" + v + "'");
      }
      hosts.add(new HostsEntry(v.substring(0, sp), v.substring(sp + 1).trim()));
    }
    return hosts;
  }

  /** Strips one pair of surrounding double quotes. */
  static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static String unescape(String value) {
    return value.replace("\\\"", "\"");
  }

  /** Whether a network type value is one pot knows. */
  static boolean isNetworkType(String value) {
    for (NetworkType t : NetworkType.values()) {
      if (t.potName().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** A network built from the given parts (for {@link PotNetworkReader}). */
  static PotNetwork network(
      NetworkType type, Optional<String> ip, Optional<String> bridge, Optional<String> stack) {
    return new PotNetwork(
        type, ip.filter(v -> !v.isBlank()), bridge.filter(v -> !v.isBlank()), stack);
  }
}
