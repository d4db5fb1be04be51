package org.potctl.state.sim;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code pot create} (pot.md §6.2): validation, datasets per type/level, pot.conf, flavours. */
final class PotCreate {

  static final Set<String> RELEASES =
      Set.of(
          "11.4", "12.0", "12.1", "12.2", "12.3", "12.4", "13.0", "13.1", "13.2", "13.3", "13.4",
          "13.5", "14.0", "14.1", "14.2", "14.3", "15.0");
  private static final Set<String> NETWORK_TYPES =
      Set.of("inherit", "alias", "public-bridge", "private-bridge");

  private final PotEnv env;
  private final PotCommands pot;

  PotCreate(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  /** The request after option parsing and validation. */
  private record Request(
      String name,
      String type,
      int level,
      String base,
      String potbase,
      String network,
      String ip,
      String bridge,
      String stack,
      String dns,
      List<String> flavours,
      boolean keep) {}

  int run(List<String> args) {
    Getopts g = pot.getopts("create", args, "hvp:t:N:i:l:b:f:P:d:B:S:k");
    Request r = validate(g);
    if (env.isPot(r.name(), true)) {
      throw env.out.fail("pot " + r.name() + " already exists");
    }
    String ip = network(r);
    datasets(r);
    writeConf(r, ip);
    flavours(r);
    return 0;
  }

  private Request validate(Getopts g) {
    String name = g.last('p');
    if (name != null && name.contains(".")) {
      throw env.out.fail(
          name + " is not a valid name for a pot ('.' is the only character not allowed)");
    }
    String type = g.last('t') == null ? "multi" : g.last('t');
    if (!Set.of("single", "multi").contains(type)) {
      throw env.out.fail("Type " + type + " not supported");
    }
    String network = g.last('N') == null ? "inherit" : g.last('N');
    if (!NETWORK_TYPES.contains(network)) {
      throw env.out.fail("Network type " + network + " not recognized");
    }
    String stack = g.last('S') == null ? "ipv4" : g.last('S');
    if (!Set.of("ipv4", "ipv6", "dual").contains(stack)) {
      throw env.out.fail("Network stack " + stack + " not valid");
    }
    String dns = g.last('d') == null ? "inherit" : g.last('d');
    if (!Set.of("inherit", "pot", "off").contains(dns) && !dns.startsWith("custom:")) {
      throw env.out.fail("'" + dns + "' is not a valid dns option");
    }
    if (dns.startsWith("custom:") && !Files.isReadable(java.nio.file.Path.of(dns.substring(7)))) {
      throw env.out.fail("The file " + dns.substring(7) + " is not valid or readable");
    }
    for (String f : g.all('f')) {
      if (!Files.exists(env.paths.flavours().resolve(f))
          && !Files.exists(env.paths.flavours().resolve(f + ".sh"))) {
        throw env.out.fail("Flavour " + f + " not found");
      }
    }
    String ip = String.join(" ", g.all('i'));
    int level = levelAndBase(g, type);
    String base =
        g.last('b') != null
            ? g.last('b')
            : g.last('P') != null ? env.conf(g.last('P')).get("pot.base") : "";
    if (name == null || name.isEmpty()) {
      throw env.out.fail("pot name is missing");
    }
    return new Request(
        name,
        type,
        level,
        base,
        g.last('P') == null ? "" : g.last('P'),
        network,
        ip,
        g.last('B'),
        stack,
        dns,
        g.all('f'),
        g.has('k'));
  }

  private int levelAndBase(Getopts g, String type) {
    String b = g.last('b');
    String pb = g.last('P');
    String l = g.last('l');
    if (type.equals("single")) {
      if (l != null && !l.equals("0")) {
        throw env.out.fail("single pot level can only be zero (omit -l option)");
      }
      if (pb != null) {
        throw env.out.fail("create -t single -P (zfs send of a template) is not simulated");
      }
      if (b == null) {
        throw env.out.fail("at least one of -b and -P has to be used");
      }
      if (!RELEASES.contains(b)) {
        throw env.out.fail(b + " is not a valid release");
      }
      return 0;
    }
    int level = l == null ? 1 : parseLevel(l);
    if (level == 0 || level == 1) {
      if (level == 0 && b == null) {
        throw env.out.fail("level 0 needs option -b");
      }
      if (level == 0 && pb != null) {
        throw env.out.fail("-P option is not allowed with level 0");
      }
      if (b == null && pb == null) {
        throw env.out.fail("at least one of -b and -P has to be used");
      }
      if (pb != null && !env.isPot(pb, true)) {
        throw env.out.fail("-P " + pb + " : is not a pot");
      }
      if (pb != null && !env.conf(pb).get("pot.level").equals("1")) {
        throw env.out.fail("-P " + pb + " : it has to be of level 1");
      }
      String base = b != null ? b : env.conf(pb).get("pot.base");
      if (pb != null && b != null && !b.equals(env.conf(pb).get("pot.base"))) {
        throw env.out.fail("-b " + b + " and -P " + pb + " are not compatible");
      }
      if (!isBase(base)) {
        throw env.out.fail(base + " is not a valid base");
      }
      return level;
    }
    if (pb == null) {
      throw env.out.fail("level 2 pots need another pot as reference");
    }
    if (!env.isPot(pb, true)) {
      throw env.out.fail("-P " + pb + " : is not a pot");
    }
    if (env.conf(pb).get("pot.level").equals("0")) {
      throw env.out.fail("-P " + pb + " : it has to be at least of level 1");
    }
    return level;
  }

  private int parseLevel(String l) {
    if (!Set.of("0", "1", "2").contains(l)) {
      throw env.out.fail("level " + l + " is not supported");
    }
    return Integer.parseInt(l);
  }

  boolean isBase(String base) {
    return Files.isDirectory(env.paths.fsRoot().resolve("bases").resolve(base))
        && env.datasetExists(env.paths.baseDataset(base));
  }

  private String network(Request r) {
    String ip = r.ip();
    PotNet net = new PotNet(env);
    switch (r.network()) {
      case "inherit":
        return "";
      case "alias":
        if (ip.isEmpty() || ip.equals("auto")) {
          throw env.out.fail(
              "-i auto not usable with network type alias - an IP address is mandatory");
        }
        return ip;
      case "public-bridge":
        if (ip.isEmpty() || ip.equals("auto")) {
          return net.next()
              .orElseThrow(() -> env.out.fail("No free IP address in " + PotNet.NETWORK));
        }
        if (net.validate(ip).isPresent()) {
          throw env.out.fail(
              "The "
                  + ip
                  + " IP is not valid - run potnet validate -H "
                  + ip
                  + " for more information");
        }
        return ip;
      default:
        return privateBridgeIp(r, net);
    }
  }

  private String privateBridgeIp(Request r, PotNet net) {
    if (r.bridge() == null) {
      throw env.out.fail(
          "private-bridge network type requires -B option, to specify which private bridge to use");
    }
    PotNet.Bridge b =
        net.bridge(r.bridge())
            .orElseThrow(
                () ->
                    env.out.fail(
                        "bridge " + r.bridge() + " is not valid. Have you already created it?"));
    String ip = r.ip();
    if (ip.isEmpty() || ip.equals("auto")) {
      return net.next(b)
          .orElseThrow(() -> env.out.fail("No free IP address in bridge " + b.name()));
    }
    if (net.validate(ip, b).isPresent()) {
      throw env.out.fail(
          "The "
              + ip
              + " IP is not valid - run potnet validate -H "
              + ip
              + " -b "
              + b.name()
              + " for more information");
    }
    return ip;
  }

  private void datasets(Request r) {
    String ds = env.paths.jailDataset(r.name());
    if (!env.datasetExists(ds)) {
      env.zfsOrFail("create: failed to create " + ds + " dataset", "create", ds);
    }
    PotEnv.mkdirs(env.paths.confDir(r.name()));
    List<String> children = new ArrayList<>();
    if (r.type().equals("single")) {
      children.add("m");
    } else if (r.level() == 1) {
      requireSnapshot(sourceOf(r) + "/usr.local");
      requireSnapshot(sourceOf(r) + "/custom");
      children.addAll(List.of("usr.local", "custom"));
    } else if (r.level() == 2) {
      requireSnapshot(env.paths.jailDataset(r.potbase()) + "/custom");
      children.add("custom");
    }
    for (String child : children) {
      env.zfsOrFail(
          "create: failed to create " + ds + "/" + child + " dataset", "create", ds + "/" + child);
    }
    PotEnv.mkdirs(env.paths.potDir(r.name()).resolve("m"));
  }

  private String sourceOf(Request r) {
    return r.potbase().isEmpty()
        ? env.paths.baseDataset(r.base())
        : env.paths.jailDataset(r.potbase());
  }

  private void requireSnapshot(String dataset) {
    var res =
        env.zfs.zfs(List.of("list", "-H", "-t", "snapshot", "-o", "name", "-d", "1", dataset));
    if (!res.succeeded() || res.stdout().isBlank()) {
      throw env.out.fail("no snapshot found for " + dataset);
    }
  }

  private void writeConf(Request r, String ip) {
    new PotConfWriter(env)
        .write(
            r.name(),
            r.type(),
            r.level(),
            r.base(),
            r.potbase(),
            r.network(),
            ip,
            r.bridge(),
            r.stack(),
            r.dns());
  }

  private void flavours(Request r) {
    try {
      for (String f : r.flavours()) {
        new PotFlavours(env, pot).apply(r.name(), f);
      }
    } catch (Out.PotExit e) {
      if (!r.keep()) {
        pot.nested(List.of("destroy", "-F", "-p", r.name(), "-q"));
      }
      throw new Out.PotExit(1);
    }
  }
}
