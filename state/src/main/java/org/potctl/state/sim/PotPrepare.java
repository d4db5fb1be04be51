package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code pot prepare} (prepare.sh), what nomad-pot-driver runs: imports {@code <p>_<tag>} unless
 * present, clones it as {@code <n|p_tag>_<aID>}, sets the command, persistent OFF, no-rc-script,
 * prunable, localhost-tunnel, no-etc-hosts and no-tmpfs, exports the ports and starts it with
 * {@code -s}. Its sub-commands run in the same process: an {@code exit} in one ends prepare.
 */
final class PotPrepare {

  private static final String SPEC = "hvp:U:t:c:e:a:n:sN:i:B:S:d:C:";
  private static final List<List<String>> ATTRIBUTES =
      List.of(
          List.of("persistent", "OFF", "Couldn't disable the persistent attribute - ignoring"),
          List.of("no-rc-script", "ON", "Couldn't enable the no-rc-script attribute - ignoring"),
          List.of("prunable", "ON", "Couldn't enable the no-rc-script attribute - ignoring"),
          List.of(
              "localhost-tunnel",
              "YES",
              "Couldn't enable the localhost-tunnel attribute - ignoring"),
          List.of(
              "no-etc-hosts", "YES", "Couldn't disable the enrichment of /etc/hosts - ignoring"),
          List.of("no-tmpfs", "YES", "Couldn't disable tmpfs for /tmp - ignoring"));

  private final PotEnv env;
  private final PotCommands pot;

  PotPrepare(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(List<String> args) {
    Getopts g = pot.getopts("prepare", args, SPEC, this::option);
    String network = "host".equals(g.last('N')) ? "inherit" : g.last('N');
    require(g.last('p'), "A pot name is mandatory");
    require(g.last('t'), "A tag is mandatory");
    require(g.last('a'), "An allocation id is mandatory");
    if ("private-bridge".equals(network) && g.last('B') == null) {
      usage("A bridge name has to be provided if private-bridge is selected as network-type");
    }
    String imported = (g.last('p') + "_" + g.last('t')).replace('.', '_');
    String base = g.last('n') == null ? imported : g.last('n');
    String name = (base + "_" + g.last('a')).replace('.', '_');
    if (env.isPot(name, true)) {
      usage("A pot with name " + name + " already exists");
    }
    if (!env.isPot(imported, true)) {
      List<String> imp =
          new ArrayList<>(List.of("import", "-U", str(g.last('U')), "-t", g.last('t')));
      // prepare.sh:183-184 hands its -C on (POT_DEFAULT_SIGNATURE_PUBKEY, empty, without one)
      imp.addAll(List.of("-p", g.last('p'), "-C", str(g.last('C'))));
      if (pot.nested(imp) != 0) {
        env.out.error("pot import failed");
        pot.nested(List.of("stop", imported));
        throw new Out.PotExit(1);
      }
    } else {
      env.out.debug("pot " + imported + " already imported - reusing it");
    }
    List<String> clone = new ArrayList<>(List.of("clone", "-P", imported, "-p", name));
    if (network != null) {
      clone.addAll(List.of("-N", network));
      if (network.equals("private-bridge")) {
        clone.addAll(List.of("-B", g.last('B')));
      }
    }
    g.all('i').stream()
        .flatMap(i -> List.of(i.split("\\s+")).stream())
        .filter(i -> !i.isEmpty())
        .forEach(i -> clone.addAll(List.of("-i", i)));
    if (g.last('S') != null) {
      clone.addAll(List.of("-S", g.last('S')));
    }
    if (g.last('d') != null) {
      clone.addAll(List.of("-d", g.last('d')));
    }
    if (pot.nested(clone) != 0) {
      env.out.error("Not able to clone imported pot as " + name);
    }
    if (g.last('c') != null && pot.nested(List.of("set-cmd", "-p", name, "-c", g.last('c'))) != 0) {
      env.out.error("Couldn't set the command " + g.last('c') + " ot the pot - ignoring");
    }
    for (List<String> a : ATTRIBUTES) {
      if (pot.nested(List.of("set-attribute", "-A", a.get(0), "-V", a.get(1), "-p", name)) != 0) {
        env.out.error(a.get(2));
      }
    }
    ports(g, name);
    if (!g.has('s')) {
      env.out.info("Prepared the pot " + name);
      return 0;
    }
    env.out.debug("Auto starting the pot " + name);
    if (pot.nested(List.of("start", name)) != 0) {
      env.out.error("pot " + name + " failed to start");
      pot.nested(List.of("stop", name));
      throw new Out.PotExit(1);
    }
    return 0;
  }

  /**
   * prepare.sh:80-137: {@code -e}, {@code -N}, {@code -S} and {@code -d} are checked as getopts
   * meets them, so the first bad one in the command line is reported, before a later illegal
   * option; a bad {@code -S} prints create's help, a bad {@code -d} names {@code ''} (prepare.sh's
   * {@code ${OPTART}}); a {@code custom:FILE} is looked up on the simulated host ({@link
   * SimHostFs}).
   */
  private void option(Getopts.Opt o) {
    String v = o.arg();
    switch (o.letter()) {
      case 'e' -> {
        if (PotPorts.parse(v).isEmpty()) {
          usage(v + " is not a valid port number");
        }
      }
      case 'N' -> {
        String type = v.equals("host") ? "inherit" : v;
        if (!CreateValidation.NETWORK_TYPES.contains(type)) {
          usage("Network type " + type + " not recognized");
        }
      }
      case 'S' -> {
        if (!CreateValidation.STACKS.contains(v)) {
          env.out.error("Network stack " + v + " not valid");
          pot.help("create", "hvp:t:N:i:l:b:f:P:d:B:S:k");
          throw new Out.PotExit(1);
        }
      }
      case 'd' -> dns(v);
      default -> {}
    }
  }

  private void dns(String v) {
    if (Set.of("inherit", "pot", "off").contains(v)) {
      return;
    }
    if (!v.startsWith("custom:")) {
      usage("'' is not a valid dns option");
    }
    if (!SimHostFs.of(env.paths.dir()).readable(v.substring(7))) {
      throw env.out.fail("The file " + v.substring(7) + " is not valid or readable");
    }
  }

  /** {@code _port_args="-e $_p $_port_args"}: the ports in reverse order. */
  private void ports(Getopts g, String name) {
    List<String> ports = g.all('e');
    if (ports.isEmpty()) {
      return;
    }
    List<String> argv = new ArrayList<>(List.of("export-ports", "-p", name));
    for (int i = ports.size() - 1; i >= 0; i--) {
      argv.addAll(List.of("-e", ports.get(i)));
    }
    if (pot.nested(argv) != 0) {
      env.out.error("Couldn't export ports " + String.join(" ", ports) + " - ignoring");
    }
  }

  private static String str(String s) {
    return s == null ? "" : s;
  }

  private void require(String value, String message) {
    if (value == null || value.isEmpty()) {
      usage(message);
    }
  }

  private void usage(String message) {
    env.out.error(message);
    pot.help("prepare", SPEC);
    throw new Out.PotExit(1);
  }
}
