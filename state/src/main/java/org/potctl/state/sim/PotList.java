package org.potctl.state.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** {@code pot ls} (list.sh) and {@code pot ps} (ps.sh). */
final class PotList {

  static final String SPEC = "hvbfFapqB";

  /**
   * The flavours pot's package installs in {@code etc/pot/flavours} besides the ones a host adds:
   * {@code dns} (a command file and a script), {@code fbsd-update} and {@code slim} (scripts).
   */
  private static final List<String> STOCK_FLAVOURS =
      List.of("dns", "dns.sh", "fbsd-update.sh", "slim.sh");

  private final PotEnv env;
  private final PotCommands pot;

  PotList(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  /** ls once getopts refused a second object option ({@link PotCommands#exclusive}). */
  int list(Getopts g) {
    char what = 0;
    for (Getopts.Opt o : g.options()) {
      if ("pbfFBa".indexOf(o.letter()) >= 0) {
        what = o.letter();
      }
    }
    boolean quiet = g.has('q');
    if (what == 'a' && quiet) {
      env.out.error("Options -a and -q are incompatible");
      pot.help("list", SPEC);
      return 1;
    }
    boolean verbose = g.has('v');
    switch (what) {
      case 'b' -> names(bases(), "bases: ", quiet);
      case 'f' -> names(fscomps(), "fscomp: ", quiet);
      case 'F' -> names(flavours(), "flavour: ", quiet);
      case 'B' -> names(bridges(), "bridge: ", quiet);
      case 'a' -> {
        names(bases(), "bases: ", false);
        pots(false, verbose);
        names(fscomps(), "fscomp: ", false);
        names(flavours(), "flavour: ", false);
        names(bridges(), "bridge: ", false);
      }
      default -> pots(quiet, verbose);
    }
    return 0;
  }

  private void pots(boolean quiet, boolean verbose) {
    List<String> pots = env.potNames();
    if (pots.isEmpty() && !quiet) {
      env.out.println("No pot created yet...");
    }
    PotInfo info = new PotInfo(env, pot);
    for (String p : pots) {
      if (quiet) {
        env.out.println(p);
        continue;
      }
      ConfFile c = env.conf(p);
      String net = c.getStripped("network_type");
      String level = c.getStripped("pot.level");
      env.out.println("pot name : " + p);
      env.out.println("\tnetwork : " + net);
      if (!net.equals("inherit")) {
        env.out.println("\tip : " + c.get("ip"));
      }
      env.out.println("\tactive : " + env.running(p));
      if (verbose) {
        env.out.println("\tbase : " + c.getStripped("pot.base"));
        env.out.println("\tlevel : " + level);
        if (level.equals("2")) {
          env.out.println("\tbase pot : " + c.getStripped("pot.potbase"));
        }
        env.out.println("\tdatasets:");
        info.datasets(p).forEach(env.out::println);
        env.out.println("\tsnapshot:");
        info.snapshots(p).forEach(env.out::println);
      }
      env.out.println("");
    }
  }

  /** {@code ls -d $FR/bases/*}{@code /} (list.sh:70-85). */
  private List<String> bases() {
    return PotEnv.listDirs(env.paths.fsRoot().resolve("bases"));
  }

  /** {@code find $FR/bridges -type f} ({@code _get_bridge_list}, common.sh:1208-1212). */
  private List<String> bridges() {
    return PotEnv.listFiles(env.paths.bridges());
  }

  /** {@code zfs list -d 1 -Ho name $ZROOT/fscomp}, the first line (the parent) left out. */
  private List<String> fscomps() {
    String parent = env.paths.zfsRoot() + "/fscomp";
    List<String> names = new ArrayList<>();
    env.zfs
        .zfs(List.of("list", "-d", "1", "-Ho", "name", parent))
        .stdout()
        .lines()
        .skip(1)
        .forEach(n -> names.add(n.substring(n.lastIndexOf('/') + 1)));
    return names;
  }

  /**
   * list.sh:106-124: the names without {@code .sh}, then the scripts, each group passed to one
   * FreeBSD basename(1), which takes a second operand as a suffix to strip (so of exactly two names
   * only the first is left); sorted and made unique.
   */
  private List<String> flavours() {
    TreeSet<String> files = new TreeSet<>(PotEnv.listFiles(env.paths.flavours()));
    files.addAll(STOCK_FLAVOURS);
    // grep -v .sh$ (any character before "sh"), ls *.sh, then sed 's/\.sh//' (the first ".sh")
    List<String> plain = files.stream().filter(f -> !f.matches(".*.sh")).toList();
    List<String> scripts = files.stream().filter(f -> f.endsWith(".sh")).toList();
    TreeSet<String> all = new TreeSet<>(basename(plain));
    basename(scripts).forEach(s -> all.add(s.replaceFirst("\\.sh", "")));
    return List.copyOf(all);
  }

  private static List<String> basename(List<String> names) {
    if (names.size() != 2) {
      return names;
    }
    String first = names.get(0);
    String suffix = Path.of(names.get(1)).getFileName().toString();
    return List.of(
        first.endsWith(suffix) && !first.equals(suffix)
            ? first.substring(0, first.length() - suffix.length())
            : first);
  }

  private void names(List<String> names, String prefix, boolean quiet) {
    names.forEach(n -> env.out.println(quiet ? n : prefix + n));
  }

  /**
   * ps.sh: the pots that run, after a line on pot's network: up once vnet-start brought the public
   * bridge and the pot-nat rule up ({@code _is_vnet_up}, network.sh:71-98).
   */
  int ps(Getopts g) {
    if (!g.has('q')) {
      env.out.info(
          env.state.bridgesUp.contains("public") ? "Internal network up" : "Internal network down");
    }
    env.potNames().stream().filter(env::running).forEach(env.out::println);
    return 0;
  }
}
