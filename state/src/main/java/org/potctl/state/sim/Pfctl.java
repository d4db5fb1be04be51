package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pfctl} for pot's anchors: show nat (one anchor or {@code pot-rdr/*}), Anchors, load,
 * flush. The {@code pot-nat} rule is there once a vnet-start has loaded it (vnet-start.sh:132, run
 * from any bridge's {@code _ipv4_start}; the simulated host's stack is IPv4): after the first
 * bridge came up, as {@link SimState#bridgesUp} records.
 */
final class Pfctl {

  private static final String RDR = "pot-rdr";
  private static final Pattern LOADED =
      Pattern.compile(
          "rdr pass on (\\S+) (?:inet )?proto (tcp|udp) from any to (\\S+) port (?:= )?(\\d+) -> (\\S+) port (\\d+)");

  private final SimState state;
  private final Out out;

  Pfctl(SimState state, Out out) {
    this.state = state;
    this.out = out;
  }

  /** Whether {@code argv} (without the program) changes pf: {@code -f} or {@code -F}. */
  static boolean mutates(List<String> args) {
    return args.contains("-f") || args.contains("-F");
  }

  int run(List<String> args) {
    Getopts g = Getopts.parse(args, "a:s:F:f:PqvnN");
    if (g.error() != null || (g.last('s') == null && g.last('F') == null && g.last('f') == null)) {
      out.errln(g.error() == null ? "pfctl: missing action" : "pfctl: " + g.error());
      out.errln(
          "usage: pfctl [-AdeghMmNnOPqRrvz] [-a anchor] [-F modifier] [-f file] [-s modifier]");
      return 1;
    }
    String anchor = g.last('a') == null ? "" : g.last('a');
    if (g.last('F') != null) {
      state.anchors.remove(child(anchor));
      if (!g.has('q')) {
        out.errln("nat cleared");
      }
      return 0;
    }
    if (g.last('f') != null) {
      return load(child(anchor), g.last('f'));
    }
    return show(anchor, g.last('s'));
  }

  private static String child(String anchor) {
    return anchor.startsWith(RDR + "/") ? anchor.substring(RDR.length() + 1) : anchor;
  }

  private int load(String name, String file) {
    List<String> rules = new ArrayList<>();
    for (String line : AtomicFiles.readOrEmpty(java.nio.file.Path.of(file)).lines().toList()) {
      Matcher m = LOADED.matcher(line.trim());
      if (m.matches()) {
        rules.add(
            "rdr pass on "
                + m.group(1)
                + " inet proto "
                + m.group(2)
                + " from any to "
                + m.group(3)
                + " port = "
                + m.group(4)
                + " -> "
                + m.group(5)
                + " port "
                + m.group(6));
      }
    }
    state.anchors.put(name, rules);
    return 0;
  }

  private int show(String anchor, String what) {
    if (what.equalsIgnoreCase("Anchors") || what.equals("A")) {
      if (anchor.isEmpty()) {
        out.println("  pot-nat");
        out.println("  " + RDR);
      } else if (anchor.equals(RDR)) {
        state.anchors.keySet().forEach(a -> out.println("  " + RDR + "/" + a));
      }
      return 0;
    }
    if (!what.equals("nat") && !what.equals("n")) {
      return 0;
    }
    if (anchor.equals("pot-nat")) {
      if (state.bridgesUp.isEmpty()) {
        return 0;
      }
      out.println(
          "nat on "
              + PotPorts.EXTIF
              + " inet from "
              + PotNet.NETWORK
              + " to any -> ("
              + PotPorts.EXTIF
              + ":0) round-robin");
    } else if (anchor.equals(RDR + "/*")) {
      for (Map.Entry<String, List<String>> e : state.anchors.entrySet()) {
        out.println("nat-anchor \"" + e.getKey() + "\" all {");
        e.getValue().forEach(r -> out.println("  " + r));
        out.println("}");
      }
    } else if (anchor.startsWith(RDR + "/")) {
      state.anchors.getOrDefault(child(anchor), List.of()).forEach(out::println);
    }
    return 0;
  }
}
