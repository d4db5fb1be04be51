package org.potctl.state.sim;

import java.util.List;

/**
 * {@code pot get-rss} and {@code pot show} (get-rss.sh, show.sh of 0.16.1): a pot's disk usage from
 * the simulated datasets and, while it runs, its resource usage, CPUs and port redirections. A
 * simulated pot runs nothing, so rctl reports no usage (every figure 0); the simulated host has
 * {@link #CPUS} CPUs and gives a pot limited to N of them the first N, as the kit's potcpu does.
 */
final class PotUsage {

  /** CPUs of the simulated host. */
  static final int CPUS = 2;

  /** {@code sysctl -n hw.clockrate} of the simulated host, in MHz. */
  static final int CLOCKRATE = 2400;

  private final PotEnv env;
  private final PotCommands pot;

  PotUsage(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(String cmd, List<String> args) {
    return cmd.equals("get-rss")
        ? getRss(pot.getopts(cmd, args, "hvp:J"))
        : show(pot.getopts(cmd, args, "hvp:arq"));
  }

  /** get-rss.sh:44-87; {@code cpu time (MHz)} is bc's {@code clockrate * pcpu / 100}. */
  private int getRss(Getopts g) {
    String p = g.last('p');
    if (p == null) {
      throw pot.refused("get-rss", "hvp:J", "A pot name is mandatory");
    }
    if (!env.running(p)) {
      throw env.out.fail("The pot " + p + " is not running");
    }
    String pcpu = "0";
    String cputime = String.valueOf(CLOCKRATE * Integer.parseInt(pcpu) / 100);
    if (g.has('J')) {
      env.out.println(
          "{ \"ResourceUsage\": { \"MemoryStats\": { \"RSS\" : 0, \"Swap\" : 0 }, \"CpuStats\":"
              + " { \"TotalTicks\": "
              + cputime
              + ", \"Percent\": "
              + pcpu
              + " } } } ");
      return 0;
    }
    env.out.println("Resource usage by the pot " + p);
    env.out.println("\tcpu time (ticks spent) : 0");
    env.out.println("\tcpu time (MHz)         : " + cputime);
    env.out.println("\tpcpu (%)               : " + pcpu);
    env.out.println("\tvirtual memory         : 0");
    env.out.println("\tphysical memory        : 0");
    env.out.println("\tswap memory            : 0");
    return 0;
  }

  /** show.sh:119-177: one pot, every pot ({@code -a}) or the running ones (the default). */
  private int show(Getopts g) {
    String p = g.last('p');
    long selectors = "par".chars().filter(c -> g.has((char) c)).count();
    if (selectors > 1) {
      throw pot.refused("show", "hvp:arq", "-p -r -a are mutually exclusive");
    }
    boolean verbose = g.has('v');
    if (p != null) {
      if (!env.isPot(p, false)) {
        throw env.out.fail(p + " is not a valid pot");
      }
      showPot(p, verbose);
      return 0;
    }
    for (String each : env.potNames()) {
      if (g.has('a') || env.running(each)) {
        if (g.has('q')) {
          env.out.println(each);
        } else {
          showPot(each, verbose);
        }
      }
    }
    return 0;
  }

  /** {@code _show_pot} (show.sh:19-46). */
  private void showPot(String p, boolean verbose) {
    ConfFile conf = env.conf(p);
    String root = env.paths.zfsRoot();
    env.out.println("pot " + p);
    env.out.println("\tdisk usage      : " + used(env.paths.jailDataset(p)));
    if (verbose) {
      String base = conf.getStripped("pot.base");
      if (conf.getStripped("pot.type").equals("multi")) {
        env.out.println("\tbase usage      : " + used(root + "/bases/" + base));
      }
      for (String line : env.fscomp(p).lines()) {
        String ds = FscompPass.fields(line)[0];
        if (ds.startsWith("/")
            || ds.startsWith(env.paths.jailDataset(p))
            || ds.startsWith(root + "/bases/" + base)) {
          continue;
        }
        String name = ds.startsWith(root + "/") ? ds.substring(root.length() + 1) : ds;
        env.out.println("\tdataset " + name + " usage  : " + used(ds));
      }
    }
    if (env.running(p)) {
      showRunning(p, conf);
    }
  }

  /** {@code _show_pot_run} (show.sh:48-87). */
  private void showRunning(String p, ConfFile conf) {
    env.out.println("\tvirtual memory  : 0");
    env.out.println("\tphysical memory : 0");
    String cpus = conf.getStripped("pot.rss.cpus");
    if (!cpus.isEmpty()) {
      env.out.println("\tmax amount of CPUs: " + cpus);
      // cpuset -g -j: what _js_rss set at the start, all CPUs if it set nothing
      env.out.println("\tallocated CPUs    : " + allocated(env.state.jails.get(p).rssCpus()));
    }
    String anchor = PotPorts.anchorName(p);
    if (!conf.getStripped("network_type").equals("public-bridge")
        || !env.state.anchors.containsKey(anchor)) {
      return;
    }
    env.out.println("");
    env.out.println("\tNetwork port redirection");
    String ip = conf.getStripped("ip");
    for (String rule : env.state.anchors.get(anchor)) {
      if (rule.contains(" " + ip + " ")) {
        String shown = rule.replaceAll("rdr pass on .* inet proto tcp from any to ", "");
        env.out.println("\t\t" + shown.replace(" =", "").strip());
      }
    }
  }

  /**
   * {@code cpuset -g} of a jail limited by potcpu get-cpu -n N on the simulated host: its first N
   * CPUs, joined; every CPU when N is empty (not limited).
   */
  private static String allocated(String cpus) {
    int n;
    try {
      n = Math.min(Math.max(Integer.parseInt(cpus), 1), CPUS);
    } catch (NumberFormatException e) {
      n = CPUS;
    }
    StringBuilder b = new StringBuilder("0");
    for (int i = 1; i < n; i++) {
      b.append(',').append(i);
    }
    return b.toString();
  }

  private String used(String dataset) {
    return env.zfs.zfs(List.of("list", "-o", "used", "-H", dataset)).stdout().strip();
  }
}
