package org.potctl.state.sim;

import java.util.List;

/**
 * {@code pot export-ports}: validates every {@code -e} and replaces the whole list (pot.md §5.3).
 */
final class PotExports {

  private final PotEnv env;

  PotExports(PotEnv env) {
    this.env = env;
  }

  /** export-ports.sh:59-64, inside the getopts loop: one {@code -e} value. */
  void check(String spec) {
    if (PotPorts.parse(spec).isEmpty()) {
      throw env.out.fail(spec + " is not a valid port number");
    }
  }

  /** The command once every {@code -e} was checked ({@link #check}). */
  int run(Getopts g) {
    List<String> ports = g.all('e');
    String p = g.last('p');
    if (p == null) {
      throw env.out.fail("A pot name is mandatory");
    }
    if (!env.isPot(p, false)) {
      throw env.out.fail(p + " is not a valid pot name");
    }
    if (ports.isEmpty()) {
      throw env.out.fail("One port has to be specified");
    }
    ConfFile conf = env.conf(p);
    String type = conf.get("network_type");
    if (!type.equals("public-bridge") && !type.equals("private-bridge")) {
      env.out.info(
          "Only public-bridge and private-bridge network type can export ports - this setting will be ignored during start");
    }
    if (conf.get("pot.stack").equals("ipv6")) { // export-ports.sh:96-102: two separate checks
      env.out.info(
          "Only ipv4 can export ports, on ipv6 the pot has already a unique address - this setting will be ignored during start");
    }
    env.out.debug("Exporting the following ports: " + String.join(" ", ports));
    conf.set("pot.export.ports", String.join(" ", ports)).save();
    return 0;
  }
}
