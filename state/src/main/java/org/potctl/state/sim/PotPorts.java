package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Exported ports: syntax, host port selection and the rdr rules loaded at start (pot.md §5). */
final class PotPorts {

  /** pot's {@code POT_EXTIF} on the simulated host. */
  static final String EXTIF = "em0";

  private static final Pattern HOST_PORT = Pattern.compile("port = (\\d+) ->");
  private static final int FIRST = 1024;
  private static final int LAST = 9999;

  /**
   * One {@code -e} value: protocol, port inside the pot, optional host port, and the two ports as
   * written (with their leading zeros: start's {@code -v} line prints the text, start.sh:374).
   */
  record Export(
      String proto, int potPort, Optional<Integer> hostPort, String potText, String hostText) {}

  private final PotEnv env;

  PotPorts(PotEnv env) {
    this.env = env;
  }

  /** pot's {@code _get_pot_rdr_anchor_name}: the name, or its last 55 chars without leading _. */
  static String anchorName(String pot) {
    if (pot.length() <= 55) {
      return pot;
    }
    return pot.substring(pot.length() - 55).replaceFirst("^_+", "");
  }

  /**
   * pot's {@code _is_export_port_valid} (network.sh:130-154): empty if {@code spec} is not valid.
   * After a {@code tcp:} or {@code udp:} prefix only the first two {@code :} fields count ({@code
   * cut -d: -f1}, {@code -f2}): {@code 80:8080:9} is valid; leading zeros are kept in the text and
   * read as decimal ({@code 080} is port 80).
   */
  static Optional<Export> parse(String spec) {
    String proto = "tcp";
    String arg = spec;
    if (spec.startsWith("tcp:")) {
      arg = spec.substring(4);
    } else if (spec.startsWith("udp:")) {
      proto = "udp";
      arg = spec.substring(4);
    }
    String[] fields = arg.split(":", -1);
    int potPort = toPort(fields[0]);
    Optional<Integer> host = fields.length == 1 ? Optional.empty() : Optional.of(toPort(fields[1]));
    if (potPort < 0 || host.orElse(1) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Export(proto, potPort, host, fields[0], fields.length == 1 ? "" : fields[1]));
  }

  private static int toPort(String digits) {
    if (!digits.matches("[0-9]+")) {
      return -1;
    }
    String value = digits.replaceFirst("^0+(?=.)", "");
    if (value.length() > 5) {
      return -1;
    }
    int n = Integer.parseInt(value);
    return n >= 1 && n <= 65535 ? n : -1;
  }

  /**
   * At start: one rdr rule per exported port into {@code pot-rdr/<anchor>}. With {@code
   * localhost-tunnel} on and no {@code /usr/local/bin/ncat} in the host tree, pot says it ignores
   * the attribute once per port (start.sh:388-395); with ncat it would start an ncat daemon per
   * port, which the simulator does not model.
   */
  void load(String pot, ConfFile conf) {
    boolean noNcat =
        exported(conf)
            && conf.get("pot.attr.localhost-tunnel").equals("YES")
            && !Files.isExecutable(
                SimHostFs.of(env.paths.dir()).onDisk(Path.of("/usr/local/bin/ncat")));
    load(pot, conf, hostPortsInUse(), noNcat);
  }

  /** {@code _js_export_ports} runs: a bridge pot with an IPv4 stack and ports to export. */
  private static boolean exported(ConfFile conf) {
    String type = conf.get("network_type");
    return (type.equals("public-bridge") || type.equals("private-bridge"))
        && !conf.get("pot.stack").equals("ipv6")
        && !conf.get("pot.export.ports").isBlank();
  }

  /**
   * Like {@link #load(String, ConfFile)} with the host ports already in use given ({@code taken}
   * gains the ports this pot takes), so that loading many pots does not rescan every anchor.
   */
  void load(String pot, ConfFile conf, Set<Integer> taken) {
    load(pot, conf, taken, false);
  }

  private void load(String pot, ConfFile conf, Set<Integer> taken, boolean noNcat) {
    String ports = conf.get("pot.export.ports").strip();
    if (!exported(conf)) {
      return;
    }
    String ip = conf.get("ip").strip();
    List<String> rules = new ArrayList<>();
    for (String spec : ports.split("\\s+")) {
      Optional<Export> e = parse(spec);
      if (e.isEmpty()) {
        if (noNcat) {
          env.out.error("nmap package is missing, localhost-tunnel attribute ignored");
        }
        continue;
      }
      int hostPort = e.get().hostPort().orElseGet(() -> freePort(taken));
      taken.add(hostPort);
      String hostText = e.get().hostPort().isPresent() ? e.get().hostText() : "" + hostPort;
      String proto = e.get().proto();
      env.out.debug( // start.sh:374, the ports' text as stored
          "Redirect: from (%s) : %s:%s to %s : %s:%s"
              .formatted(EXTIF, proto, hostText, ip, proto, e.get().potText()));
      if (noNcat) {
        env.out.error("nmap package is missing, localhost-tunnel attribute ignored");
      }
      rules.add(
          "rdr pass on "
              + EXTIF
              + " inet proto "
              + e.get().proto()
              + " from any to ("
              + EXTIF
              + ") port = "
              + hostPort
              + " -> "
              + ip
              + " port "
              + e.get().potPort());
    }
    env.state.anchors.put(anchorName(pot), rules);
  }

  private Set<Integer> hostPortsInUse() {
    Set<Integer> used = new HashSet<>();
    for (List<String> rules : env.state.anchors.values()) {
      for (String rule : rules) {
        Matcher m = HOST_PORT.matcher(rule);
        if (m.find()) {
          used.add(Integer.parseInt(m.group(1)));
        }
      }
    }
    return used;
  }

  private int freePort(Set<Integer> taken) {
    for (int port = FIRST; port <= LAST; port++) {
      if (!taken.contains(port)) {
        return port;
      }
    }
    throw env.out.fail("No free port found between " + FIRST + " and " + LAST);
  }
}
