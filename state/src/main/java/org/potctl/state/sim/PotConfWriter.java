package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The conf files {@code pot create} writes (pot.md §2.1, §2.2), line for line. */
final class PotConfWriter {

  private final PotEnv env;

  PotConfWriter(PotEnv env) {
    this.env = env;
  }

  void write(
      String name,
      String type,
      int level,
      String base,
      String potbase,
      String network,
      String ip,
      String bridge,
      String stack,
      String dns) {
    Path confDir = env.paths.confDir(name);
    ConfFile fscomp = ConfFile.empty(confDir.resolve("fscomp.conf"));
    fscompLines(name, type, level, base, potbase).forEach(fscomp::append);
    fscomp.save();
    ConfFile c = ConfFile.empty(confDir.resolve("pot.conf"));
    potConfLines(name, type, level, base, potbase, network, ip, bridge, stack, dns)
        .forEach(c::append);
    c.save();
    if (dns.startsWith("custom:")) {
      SimHostFs.of(env.paths.dir()).copy(dns.substring(7), confDir.resolve("resolv.conf"), env.out);
    }
  }

  /** The lines of a new pot.conf, in the order pot writes them. */
  List<String> potConfLines(
      String name,
      String type,
      int level,
      String base,
      String potbase,
      String network,
      String ip,
      String bridge,
      String stack,
      String dns) {
    List<String> c = new ArrayList<>();
    c.add("pot.level=" + level);
    c.add("pot.type=" + type);
    c.add("pot.base=" + base);
    c.add("pot.potbase=" + potbase);
    c.add("pot.dns=" + (dns.startsWith("custom:") ? "custom" : dns));
    c.add("pot.cmd=sh /etc/rc");
    c.add("host.hostname=\"" + hostname(name) + "\"");
    c.add("osrelease=\"" + osrelease(type, base) + "\"");
    for (String attr : DEFAULT_ATTRS) {
      c.add("pot.attr." + attr);
    }
    c.add("pot.stack=" + stack);
    c.add("network_type=" + network);
    if (!network.equals("inherit")) {
      c.add("vnet=" + (network.endsWith("bridge") ? "true" : "false"));
      c.add("ip=" + ip);
    } else {
      c.add("vnet=false");
    }
    if (network.equals("private-bridge")) {
      c.add("bridge=" + bridge);
    }
    if (dns.equals("pot")) {
      c.add("pot.depend=dns");
    }
    return c;
  }

  static final List<String> DEFAULT_ATTRS =
      List.of(
          "no-rc-script=NO",
          "persistent=YES",
          "start-at-boot=NO",
          "prunable=NO",
          "no-tmpfs=NO",
          "enforce_statfs=2",
          "mount=NO",
          "fdescfs=NO",
          "linprocfs=NO",
          "nullfs=NO",
          "procfs=NO",
          "tmpfs=NO",
          "zfs=NO",
          "raw_sockets=NO",
          "sysvshm=new",
          "sysvsem=new",
          "sysvmsg=new",
          "children=0",
          "mlock=NO",
          "devfs_ruleset=4",
          "exec_stop=",
          "stop_timeout=10");

  private List<String> fscompLines(
      String name, String type, int level, String base, String potbase) {
    if (type.equals("single")) {
      return List.of();
    }
    String b = env.paths.baseDataset(base);
    String p = env.paths.jailDataset(name);
    return switch (level) {
      case 0 -> List.of(b + " /", b + "/usr.local /usr/local", b + "/custom /opt/custom");
      case 1 ->
          List.of(
              b + " / ro",
              p + "/usr.local /usr/local zfs-remount",
              p + "/custom /opt/custom zfs-remount");
      default ->
          List.of(
              b + " / ro",
              level2UsrLocal(potbase) + " /usr/local ro",
              p + "/custom /opt/custom zfs-remount");
    };
  }

  private String level2UsrLocal(String potbase) {
    ConfFile pb = env.conf(potbase);
    String owner = pb.get("pot.level").equals("2") ? pb.get("pot.potbase") : potbase;
    return env.paths.jailDataset(owner) + "/usr.local";
  }

  /** pot's {@code _get_usable_hostname}. */
  static String hostname(String pot) {
    if (pot.length() > 64) {
      return pot.substring(0, 64);
    }
    String full = pot + "." + PotEnv.HOSTNAME;
    return full.length() <= 64 ? full : pot;
  }

  private String osrelease(String type, String base) {
    if (type.equals("multi")) {
      Path f = env.paths.fsRoot().resolve("bases").resolve(base).resolve(".osrelease");
      if (Files.isRegularFile(f)) {
        return AtomicFiles.readOrEmpty(f).strip();
      }
    }
    return base.contains("-") ? base : base + "-RELEASE";
  }
}
