package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code pot create} (pot.md §6.2): validation, datasets per type/level, pot.conf, flavours. */
final class PotCreate {

  static final Set<String> RELEASES =
      Set.of(
          "11.4", "12.0", "12.1", "12.2", "12.3", "12.4", "13.0", "13.1", "13.2", "13.3", "13.4",
          "13.5", "14.0", "14.1", "14.2", "14.3", "15.0");

  private final PotEnv env;
  private final PotCommands pot;

  PotCreate(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(List<String> args) {
    Getopts g = pot.getopts("create", args, "hvp:t:N:i:l:b:f:P:d:B:S:k");
    CreateRequest r = new CreateValidation(env).validate(g);
    if (env.isPot(r.name(), true)) {
      throw env.out.fail("pot " + r.name() + " already exists");
    }
    String ip = network(r);
    announce(r, ip);
    datasets(r);
    env.midpoint();
    writeConf(r, ip);
    if (r.type().equals("single") && r.potbase().isEmpty()) {
      // _cj_single_install (create.sh:437, 456)
      env.out.info("Fetching FreeBSD " + r.base());
      env.out.info("Extract the tarball");
    }
    flavours(r);
    return 0;
  }

  /** create.sh:756-767: the request, once the network is validated. */
  private void announce(CreateRequest r, String ip) {
    env.out.info("Creating a new pot");
    env.out.info("pot name     : " + r.name());
    env.out.info("type         : " + r.type());
    env.out.info("base         : " + r.base());
    env.out.info("pot_base     : " + r.potbase());
    env.out.info("level        : " + r.level());
    env.out.info("network-type : " + r.network());
    env.out.info("network-stack: " + r.stack());
    env.out.info("ip           : " + ip);
    env.out.info("bridge       : " + (r.bridge() == null ? "" : r.bridge()));
    env.out.info("dns          : " + r.dns());
    env.out.info("flavours     : " + String.join(" ", r.flavours()));
  }

  String network(CreateRequest r) {
    String ip = r.ip();
    PotNet net = new PotNet(env);
    switch (r.network()) {
      case "inherit":
        return "";
      case "alias":
        if (ip.isEmpty()) {
          throw env.out.fail("option -i is mandatory with network type is alias");
        }
        if (ip.equals("auto")) {
          // network.sh:326
          throw env.out.fail(
              "-i auto not usable with network type alias - a real IP address has to be provided");
        }
        AliasIps.validate(env, ip, r.stack());
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

  private String privateBridgeIp(CreateRequest r, PotNet net) {
    if (r.bridge() == null) {
      throw env.out.fail(
          "private-bridge network type requires -B option, to specify which private bridge to use");
    }
    PotNet.Bridge b =
        net.bridge(r.bridge())
            .orElseThrow(
                () -> {
                  // network.sh:365: _is_bridge not quiet (common.sh:673)
                  env.out.qerror("bridge " + r.bridge() + " not found");
                  return env.out.fail(
                      "bridge " + r.bridge() + " is not valid. Have you already created it?");
                });
    String ip = r.ip();
    if (ip.isEmpty() || ip.equals("auto")) {
      return net.next(b)
          .orElseThrow(() -> env.out.fail("No free IP address in bridge " + b.name()));
    }
    if (net.validate(ip, b).isPresent()) {
      throw env.out.fail(
          "The "
              + ip
              + " IP is not valid for bridge "
              + b.name()
              + " - run potnet validate -H "
              + ip
              + " -b "
              + b.name()
              + " for more information");
    }
    return ip;
  }

  /**
   * {@code _cj_zfs} (create.sh:60-205): the pot's dataset, for a multi pot its {@code m} directory,
   * then the children; a missing snapshot of a level-1/2 source fails the create without undoing it
   * (the dataset and {@code m} stay, create.sh:182-183, 200-201). {@code conf} comes after ({@code
   * _cj_conf}).
   */
  private void datasets(CreateRequest r) {
    String ds = env.paths.jailDataset(r.name());
    if (!env.datasetExists(ds)) {
      env.zfsOrFail("create: failed to create " + ds + " dataset", "create", ds);
    }
    if (!r.type().equals("single")) {
      PotEnv.mkdirs(env.paths.potDir(r.name()).resolve("m"));
    }
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
    PotEnv.mkdirs(env.paths.confDir(r.name()));
  }

  private String sourceOf(CreateRequest r) {
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

  private void writeConf(CreateRequest r, String ip) {
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

  private void flavours(CreateRequest r) {
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
