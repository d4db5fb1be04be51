package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code pot clone} (clone.sh, pot.md §6.3) of a single template: {@code zfs clone} of the
 * template's {@code m} at {@code -s} or its latest snapshot ({@code -F} takes one on the fly),
 * fscomp.conf copied, pot.conf = the template's lines minus the network, hostname, stack and dns
 * ones plus new ones, hooks and resolv.conf copied, then the flavours. On the modelled ZFS the
 * template's {@code m} files are copied (the model keeps no snapshot contents). A multi template's
 * datasets are cloned one by one ({@link CloneMulti}).
 */
final class PotClone {

  static final String SPEC = "hvp:i:P:FN:B:S:f:ks:d:";
  private static final Pattern DROPPED =
      Pattern.compile("^(host.hostname|bridge|ip|vnet|network_type|pot.stack|pot.dns).*");
  private static final List<String> COPIED =
      List.of("prestart.sh", "prestop.sh", "poststart.sh", "poststop.sh", "resolv.conf");

  private final PotEnv env;
  private final PotCommands pot;

  PotClone(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(List<String> args) {
    Getopts g = new OptionChecks(env, pot, "clone", SPEC).parse(args);
    String name = g.last('p');
    if (name == null || name.isEmpty()) {
      usage("pot name is missing (option -p)");
    }
    String tpl = g.last('P');
    if (tpl == null || tpl.isEmpty()) {
      usage("reference pot name is missing (option -P)");
    }
    if (!env.isPot(tpl, true)) {
      usage("reference pot " + tpl + " not found");
    }
    if (env.isPot(name, true)) {
      usage("pot " + name + " already exists");
    }
    String snap = g.last('s');
    if (snap != null && g.has('F')) {
      usage("-s and -F are incompatible - which snapshot should I use");
    }
    String tplM = env.paths.jailDataset(tpl) + "/m";
    if (snap != null && !SimImageFile.snapshots(env, env.paths.jailDataset(tpl)).contains(snap)) {
      usage("snapshot " + snap + " not found");
    }
    ConfFile t = env.conf(tpl);
    String network = g.last('N') == null ? t.get("network_type") : g.last('N');
    if (network.isEmpty()) {
      env.out.error("Configuration file for " + tpl + " contains obsolete elements");
      throw env.out.fail("Please run pot update-config -p " + tpl + " to fix");
    }
    String stack = g.last('S') == null ? t.get("pot.stack") : g.last('S');
    String dns = g.last('d') == null ? t.get("pot.dns") : g.last('d');
    CreateRequest r =
        new CreateRequest(
            name,
            t.get("pot.type"),
            0,
            t.get("pot.base"),
            tpl,
            network,
            String.join(" ", g.all('i')),
            g.last('B'),
            stack,
            dns,
            g.all('f'),
            g.has('k'));
    String ip = new CreateNetwork(env).address(r);
    if (t.get("pot.level").equals("0") && !t.get("pot.type").equals("single")) {
      usage("Level 0 pots cannot be cloned");
    }
    potDataset(name, tpl, snap);
    CloneMulti.Undo undo = () -> undo(name, g.has('k'));
    if (t.get("pot.type").equals("single")) {
      single(name, tpl, tplM, snap, g.has('F'), undo);
    } else {
      CloneMulti.datasets(env, name, tpl, snap, g.has('F'), undo);
    }
    conf(r, ip);
    for (String f : r.flavours()) {
      // clone.sh:415-421: a flavour that returns false is undone; a failing command exited
      if (!new PotFlavours(env, pot).apply(name, f)) {
        undo(name, g.has('k'));
      }
    }
    return 0;
  }

  private void usage(String message) {
    env.out.error(message);
    pot.help("clone", SPEC);
    throw new Out.PotExit(1);
  }

  /** clone.sh:67-83: the pot's dataset, its conf directory without fscomp.conf, T converted. */
  private void potDataset(String name, String tpl, String snap) {
    String ds = env.paths.jailDataset(name);
    if (!env.datasetExists(ds)) {
      env.zfsOrFail("clone failed", "create", ds);
    } else {
      env.out.info(ds + " exists already");
    }
    if (!Files.isDirectory(env.paths.confDir(name))) {
      env.out.debug("Create conf dir (" + env.paths.confDir(name) + ")");
      PotEnv.mkdirs(env.paths.confDir(name));
    }
    ZfsMounts.delete(env.paths.confDir(name).resolve("fscomp.conf"));
    env.out.debug("Cloning " + tpl + " with snap " + (snap == null ? "" : snap));
    FscompPass.update(env, tpl);
  }

  /** clone.sh:84-100: the template's {@code m} cloned, its fscomp.conf copied. */
  private void single(
      String name, String tpl, String tplM, String snap, boolean auto, CloneMulti.Undo undo) {
    String use = CloneMulti.snapshot(env, tplM, tpl, snap, auto, undo);
    env.out.debug("clone " + tplM + "@" + use + " into " + env.paths.jailDataset(name) + "/m");
    Path m = env.paths.potDir(name).resolve("m");
    env.zfsOrFail(
        "clone failed",
        "clone",
        "-o",
        "mountpoint=" + m,
        tplM + "@" + use,
        env.paths.jailDataset(name) + "/m");
    if (env.zfs instanceof ModelZfs) {
      copyTree(env.paths.potDir(tpl).resolve("m"), m);
    }
    PotEnv.mkdirs(m);
    copy(
        env.paths.confDir(tpl).resolve("fscomp.conf"),
        env.paths.confDir(name).resolve("fscomp.conf"));
  }

  private void conf(CreateRequest r, String ip) {
    Path dir = env.paths.confDir(r.name());
    Path tplDir = env.paths.confDir(r.potbase());
    String dns = r.dns();
    if (dns.startsWith("custom:")) {
      SimHostFs.of(env.paths.dir()).copy(dns.substring(7), dir.resolve("resolv.conf"), env.out);
      dns = "custom";
    }
    ConfFile c = ConfFile.empty(dir.resolve("pot.conf"));
    env.conf(r.potbase()).lines().stream()
        .filter(l -> !DROPPED.matcher(l).matches())
        .forEach(c::append);
    c.append("host.hostname=\"" + PotConfWriter.hostname(r.name()) + "\"");
    c.append("pot.stack=" + r.stack());
    c.append("network_type=" + r.network());
    switch (r.network()) {
      case "inherit" -> c.append("vnet=false");
      case "alias" -> c.append("vnet=false").append("ip=" + ip);
      case "public-bridge" -> c.append("vnet=true").append("ip=" + ip);
      default -> c.append("vnet=true").append("ip=" + ip).append("bridge=" + r.bridge());
    }
    c.append("pot.dns=" + dns);
    c.save();
    for (String f : COPIED) {
      if (Files.exists(tplDir.resolve(f))) {
        copy(tplDir.resolve(f), dir.resolve(f));
      }
    }
  }

  /**
   * {@code _cj_undo_clone} (clone.sh:33-48): verbosity 0, then {@code destroy -Fp P -q} in the same
   * shell. A pot without its conf yet takes destroy's forced path, which ends the whole clone with
   * {@code exit 0} (destroy.sh:255-263); a whole pot is destroyed and the clone exits 1.
   */
  private void undo(String name, boolean keep) {
    env.out.quiet();
    if (!keep) {
      pot.nested(List.of("destroy", "-F", "-p", name, "-q"));
    }
    throw new Out.PotExit(1);
  }

  private static void copy(Path from, Path to) {
    if (!Files.exists(from)) {
      return;
    }
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void copyTree(Path from, Path to) {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          PotEnv.mkdirs(target);
        } else if (Files.isRegularFile(p)) {
          copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
