package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code pot update-config} (update-config.sh of 0.16.1): brings an older pot.conf to the current
 * format. Every key pot finds empty is appended with its default, through pot's own lookup ({@code
 * grep "^KEY="}, a regular expression whose dots match any character, spaces and quotes deleted):
 * so {@code pot.attr.exec_stop=} is appended again on every run, and the misspelt {@code
 * pot.attr.early.start-at-boot=NO} until an {@code early-start-at-boot} line exists. Static ports,
 * {@code ip4} networks and {@code pot.rss.cpuset} are converted, fscomp.conf too ({@link
 * FscompPass#update}). With {@code -v} each appended key and conversion is a debug line, and so is
 * each pot {@code -a} updated.
 */
final class PotUpdateConfig {

  /** update-config.sh:34-58: the pot keys and their defaults, in pot's order. */
  private static final List<String[]> POT_KEYS =
      List.of(
          new String[] {"pot.dns", "inherit"},
          new String[] {"pot.cmd", "sh /etc/rc"},
          new String[] {"pot.attr.no-rc-script", "NO"},
          new String[] {"pot.attr.persistent", "YES"},
          new String[] {"pot.attr.start-at-boot", "NO"},
          new String[] {"pot.attr.early.start-at-boot", "NO"});

  /** update-config.sh:68-83, after the jail attributes. */
  private static final List<String> LATER_BOOLEANS =
      List.of("prunable", "localhost-tunnel", "no-tmpfs", "no-etc-hosts");

  private final PotEnv env;
  private final PotCommands pot;

  PotUpdateConfig(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(List<String> args) {
    Getopts g = pot.getopts("update-config", args, "hvp:a");
    List<String> pots;
    if (g.last('p') != null) {
      pots = List.of(g.last('p'));
    } else if (g.has('a')) {
      pots = env.potNames();
    } else {
      throw pot.refused("update-config", "hvp:a", "A pot name or -a are mandatory");
    }
    for (String p : pots) {
      if (!env.isPot(p, false)) {
        throw env.out.fail("Invalid pot name");
      }
      update(p);
      if (g.last('p') == null) {
        env.out.debug("Updated " + p + " configuration");
      }
    }
    return 0;
  }

  private void update(String p) {
    ConfFile conf = env.conf(p);
    List<String[]> keys = new ArrayList<>(POT_KEYS);
    PotAttributes.ALL.stream()
        .filter(PotAttributes.Attribute::jail)
        .forEach(a -> keys.add(new String[] {"pot.attr." + a.name(), a.defaultValue()}));
    LATER_BOOLEANS.forEach(a -> keys.add(new String[] {"pot.attr." + a, "NO"}));
    for (String[] k : keys) {
      if (value(conf, k[0]).isEmpty()) {
        env.out.debug(k[0] + "=" + k[1]);
        conf.append(k[0] + "=" + k[1]);
      }
    }
    String statics = value(conf, "pot.export.static.ports");
    if (!statics.isEmpty()) {
      env.out.debug("converting exported static ports using the new format");
      conf.removeMatching(".*pot.export.static.ports=.*");
      List<String> ports = new ArrayList<>();
      for (String port : statics.split("\\s+")) {
        ports.add(port + ":" + port);
      }
      String old = exportPorts(conf);
      String joined = String.join(" ", ports);
      if (!old.isEmpty()) {
        joined = old + " " + joined;
        conf.removeMatching(".*pot.export.ports=.*");
      }
      conf.append("pot.export.ports=" + joined);
    }
    String ip4 = value(conf, "ip4");
    if (!ip4.isEmpty()) {
      env.out.debug("converting the network configuration using the new format");
      String vnet = value(conf, "vnet");
      conf.removeMatching(".*ip4=.*");
      if (ip4.equals("inherit")) {
        conf.append("network_type=inherit");
      } else {
        conf.append("network_type=" + (vnet.equals("false") ? "alias" : "public-bridge"));
        conf.append("ip=" + ip4);
      }
    }
    String cpuset = value(conf, "pot.rss.cpuset");
    if (!cpuset.isEmpty()) {
      env.out.info("Removing cpuset rss allocation: " + cpuset);
      env.out.info("rss.cpuset has been deprecated; please use the more generic rss.cpus");
      conf.removeMatching(".*pot.rss.cpuset=.*");
    }
    conf.save();
    FscompPass.update(env, p);
  }

  /**
   * pot's {@code _get_conf_var}: {@code grep "^KEY="} (KEY a regular expression), spaces, tabs and
   * quotes deleted, the second {@code =} field of each line, lines joined.
   */
  static String value(ConfFile conf, String key) {
    Pattern match = Pattern.compile("^" + key + "=");
    List<String> values = new ArrayList<>();
    for (String line : conf.lines()) {
      if (match.matcher(line).find()) {
        String[] fields = line.replaceAll("[ \t\"]", "").split("=", -1);
        values.add(fields.length > 1 ? fields[1] : "");
      }
    }
    return String.join("\n", values).strip();
  }

  /** {@code _get_pot_export_ports} (common.sh:590-597): lines naming it, split at {@code =}. */
  private static String exportPorts(ConfFile conf) {
    List<String> values = new ArrayList<>();
    for (String line : conf.lines()) {
      String[] parts = line.split("=", -1);
      if (Pattern.compile("pot.export.ports").matcher(line).find() && parts.length == 2) {
        values.add(parts[1]);
      }
    }
    return String.join("\n", values);
  }
}
