package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code jls} over the modelled jails: the table, parameter mode and {@code --libxo json} (pot.md
 * §8.6).
 */
final class Jls {

  private final SimState state;
  private final Out out;

  Jls(SimState state, Out out) {
    this.state = state;
    this.out = out;
  }

  int run(List<String> argv) {
    List<String> args = new ArrayList<>();
    boolean json = false;
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("--libxo") && i + 1 < argv.size()) {
        json = argv.get(++i).contains("json");
      } else if (a.startsWith("--libxo=") || a.startsWith("--libxo:")) {
        json = a.contains("json");
      } else {
        args.add(a);
      }
    }
    Getopts g = Getopts.parse(args, "dhj:Nnqsv");
    if (g.error() != null) {
      out.errln("jls: " + g.error().toLowerCase(java.util.Locale.ROOT));
      out.errln("usage: jls [-dhNnqv] [-j jail] [param ...]");
      return 1;
    }
    Collection<SimJail> jails = state.jails.values();
    if (g.last('j') != null) {
      String j = g.last('j');
      jails =
          jails.stream()
              .filter(x -> x.name().equals(j) || String.valueOf(x.jid()).equals(j))
              .toList();
      if (jails.isEmpty()) {
        out.errln("jls: jail \"" + j + "\" not found");
        return 1;
      }
    }
    if (json) {
      out.println(JlsJson.render(jails, g.operands(), g.has('v'), g.has('N')));
    } else if (!g.operands().isEmpty()) {
      params(jails, g.operands(), g.has('n'));
    } else {
      table(jails);
    }
    return 0;
  }

  private void table(Collection<SimJail> jails) {
    out.println("   JID  IP Address      Hostname                      Path");
    for (SimJail j : jails) {
      out.println(
          String.format("%6d  %-15.15s %-29.29s %.74s", j.jid(), j.ip4(), j.hostname(), j.path()));
    }
  }

  private void params(Collection<SimJail> jails, List<String> names, boolean named) {
    for (SimJail j : jails) {
      List<String> words = new ArrayList<>();
      for (String p : names) {
        String v = value(j, p);
        words.add(named ? p + "=" + v : v);
      }
      out.println(String.join(" ", words));
    }
  }

  /** A jail parameter as {@code jls} prints it in text mode. */
  static String value(SimJail j, String param) {
    return switch (param) {
      case "jid" -> String.valueOf(j.jid());
      case "name" -> j.name();
      case "path" -> j.path();
      case "host.hostname", "hostname" -> j.hostname();
      case "ip4.addr" -> j.ip4().isEmpty() ? "-" : j.ip4();
      case "vnet" -> j.vnet() ? "new" : "inherit";
      case "persist" -> "true";
      case "dying" -> "false";
      default -> "-";
    };
  }
}
