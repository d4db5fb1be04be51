package org.potctl.state.sim;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code pot info} (info.sh): a pot's settings, attributes and (with {@code -v}) datasets,
 * snapshots and limits; {@code -E} as environment variables, {@code -s} its snapshots, {@code -r}
 * whether it runs; {@code -B} a private bridge's addresses as {@code potnet show -b} prints them.
 */
final class PotInfo {

  static final String SPEC = "hvqp:rB:Es";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss zzz yyyy", Locale.ROOT);

  private final PotEnv env;
  private final PotCommands pot;

  PotInfo(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(Getopts g) {
    String p = g.last('p');
    String bridge = g.last('B');
    boolean quiet = g.has('q');
    boolean verbose = g.has('v');
    String refusal = refusal(g);
    if (refusal != null) {
      env.out.error(refusal);
      pot.help("info", SPEC);
      return 1;
    }
    if (p == null) {
      if (g.has('s')) {
        env.out.info("Bridges has no snapshots - -s ignored");
      }
      return PotInfoBridge.print(env, bridge, quiet);
    }
    if (!env.isPot(p, true)) {
      // _qerror "$_quiet" with _quiet=NO hands NO on to _error (info.sh:228)
      if (!quiet) {
        env.out.error("NO " + p + " is not a pot");
      }
      pot.help("info", SPEC);
      return 1;
    }
    if (g.has('r')) {
      return env.running(p) ? 0 : 1;
    }
    if (quiet) {
      return 0;
    }
    if (g.has('s')) {
      for (String s : SimImageFile.snapshots(env, env.paths.jailDataset(p))) {
        env.out.println(verbose ? s + ": ->  " + date(s) : s);
      }
    } else if (g.has('E')) {
      PotInfoEnv.print(env, p);
    } else {
      pot(p, verbose);
    }
    return 0;
  }

  /** info.sh:202-221: the option checks, in pot's order; {@code null} when none fails. */
  private static String refusal(Getopts g) {
    boolean pot = g.last('p') != null;
    boolean bridge = g.last('B') != null;
    if (!pot && !bridge) {
      return "Option -p or -b are mandatory";
    }
    if (pot && bridge) {
      return "Option -p and -b are mutually exclusive";
    }
    if (g.has('q') && g.has('v')) {
      return "Option -q and -v are mutually exclusive";
    }
    return g.has('E') && !pot ? "Environment variable output available for pot only" : null;
  }

  private static String date(String epoch) {
    try {
      return DATE.format(Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneId.of("UTC")));
    } catch (NumberFormatException e) {
      return "";
    }
  }

  private void pot(String p, boolean verbose) {
    ConfFile c = env.conf(p);
    String level = c.getStripped("pot.level");
    String type = c.getStripped("pot.type");
    String net = c.getStripped("network_type");
    env.out.println("pot name : " + p);
    env.out.println("\ttype : " + type);
    env.out.println("\tbase : " + c.getStripped("pot.base"));
    env.out.println("\tlevel : " + level);
    if (level.equals("2")) {
      env.out.println("\tbase pot : " + c.getStripped("pot.potbase"));
    }
    env.out.println("\tnetwork_type : " + net);
    if (!net.equals("inherit")) {
      env.out.println("\tip : " + c.get("ip"));
      if (net.equals("private-bridge")) {
        env.out.println("\tbridge : " + c.getStripped("bridge"));
      }
      if (verbose) {
        String ports = PotInfoEnv.exportPorts(c);
        env.out.println(ports.isEmpty() ? "\t\tno ports exported" : "\t\texported ports: " + ports);
      }
    }
    env.out.println("\tactive : " + env.running(p));
    if (verbose) {
      env.out.println("\tdatasets:");
      if (type.equals("single")) {
        env.out.println("\t\t" + p + "/m");
      }
      datasets(p).forEach(env.out::println);
      env.out.println("\tsnapshots:");
      snapshots(p).forEach(env.out::println);
    }
    env.out.println("\tattributes:");
    PotAttributes.ALL.stream().filter(a -> !a.jail()).forEach(a -> attribute(c, a));
    env.out.println("\tjail attributes:");
    PotAttributes.ALL.stream().filter(PotAttributes.Attribute::jail).forEach(a -> attribute(c, a));
    String cpus = c.getStripped("pot.rss.cpus");
    String memory = c.getStripped("pot.rss.memory");
    if (verbose && !(cpus + memory).isEmpty()) {
      env.out.println("\tresource limits:");
      if (!cpus.isEmpty()) {
        env.out.println("\t\tmax amount cpus: " + cpus);
      }
      if (!memory.isEmpty()) {
        env.out.println("\t\tmax amount memory: " + memory);
      }
    }
    env.out.println("");
  }

  /** info.sh:104-116: the value, else pot's default, else {@code NO}. */
  private void attribute(ConfFile c, PotAttributes.Attribute a) {
    String v = c.getStripped("pot.attr." + a.name());
    v = v.isEmpty() ? a.defaultValue() : v;
    env.out.println("\t\t" + a.name() + ": " + (v.isEmpty() ? "NO" : v));
  }

  /** {@code _print_pot_fscomp} (common.sh:1002-1010): {@code mount => dataset}, roots cut off. */
  List<String> datasets(String p) {
    List<String> lines = new ArrayList<>();
    String jails = env.paths.fsRoot() + "/jails/";
    String zroot = env.paths.zfsRoot() + "/";
    for (String line : env.fscomp(p).lines()) {
      String[] f = line.strip().split("\\s+");
      String dataset = f[0];
      String mount = f.length > 1 ? f[1] : "";
      lines.add(
          "\t\t"
              + (mount.startsWith(jails) ? mount.substring(jails.length()) : mount)
              + " => "
              + (dataset.startsWith(zroot) ? dataset.substring(zroot.length()) : dataset));
    }
    return lines;
  }

  /** {@code _print_pot_snaps} (common.sh:1013-1022): every snapshot of the pot's datasets. */
  List<String> snapshots(String p) {
    String out =
        env.zfs
            .zfs(List.of("list", "-t", "snapshot", "-o", "name", "-Hr", env.paths.jailDataset(p)))
            .stdout();
    List<String> lines = out.lines().filter(l -> !l.isBlank()).map(l -> "\t\t" + l).toList();
    return lines.isEmpty() ? List.of("\t\tno snapshots") : lines;
  }
}
