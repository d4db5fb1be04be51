package org.potctl.state.sim;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.potctl.state.exec.CommandResult;

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

  /** pot.default.conf's {@code POT_DNS_NAME}: the pot that serves {@code -d pot}. */
  static final String DNS_POT = "dns";

  int run(List<String> args) {
    Getopts g = new OptionChecks(env, pot, "create", "hvp:t:N:i:l:b:f:P:d:B:S:k").parse(args);
    CreateRequest r = new CreateValidation(env).validate(g);
    if (env.isPot(r.name(), true)) {
      throw env.out.fail("pot " + r.name() + " already exists");
    }
    String ip = new CreateNetwork(env).address(r);
    if (r.dns().equals("pot") && !env.isPot(DNS_POT, true)) {
      throw env.out.fail("dns pot not found (" + DNS_POT + ") - please fix it"); // create.sh:751
    }
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

  /**
   * {@code _cj_zfs} (create.sh:60-205): the pot's dataset, for a multi pot its {@code m} directory,
   * then the children; a missing snapshot of a level-1/2 source fails the create without undoing it
   * (the dataset and {@code m} stay, create.sh:182-183, 200-201). {@code conf} comes after ({@code
   * _cj_conf}).
   */
  private void datasets(CreateRequest r) {
    String ds = env.paths.jailDataset(r.name());
    if (!env.datasetExists(ds)) {
      zfsOrUndo(r, "create: failed to create " + ds + " dataset", "create", ds);
    } else {
      env.out.info(ds + " exists already"); // create.sh:78, :138 (a failed create left it)
    }
    if (!r.type().equals("single")) {
      PotInit.createMountpoint(env, env.paths.potDir(r.name()).resolve("m"));
    }
    if (r.type().equals("single") && !r.potbase().isEmpty()) {
      received(r, ds);
    } else if (r.type().equals("single")) {
      zfsOrUndo(r, "create: failed to create " + ds + "/m dataset", "create", ds + "/m");
    } else if (r.level() == 1) {
      copied(r, "Import", sourceOf(r) + "/usr.local", ds + "/usr.local");
    }
    if (!r.type().equals("single") && r.level() > 0) {
      copied(r, "Clone", sourceOf(r) + "/custom", ds + "/custom");
    }
    PotEnv.mkdirs(env.paths.potDir(r.name()).resolve("m"));
    PotEnv.mkdirs(env.paths.confDir(r.name()));
  }

  /**
   * create.sh:94-111: a single pot from a template gets {@code m} by {@code zfs send | zfs receive}
   * of the template's newest {@code m} snapshot, which the copy keeps; without one the create is
   * undone ({@code _cj_undo_create}). The simulator copies the template's tree into a new dataset
   * and takes the snapshot of the same name.
   */
  private void received(CreateRequest r, String ds) {
    String from = env.paths.jailDataset(r.potbase()) + "/m";
    List<String> snaps = SimImageFile.snapshots(env, from);
    if (snaps.isEmpty()) {
      env.out.error("no snapshot found for " + from + "/m");
      undo(r);
    }
    env.out.debug("Clone zfs snapshot " + from + "@" + snaps.get(snaps.size() - 1));
    zfsOrUndo(r, "create: zfs send/receive failed", "create", ds + "/m");
    PotClone.copyTree(
        env.paths.potDir(r.potbase()).resolve("m"), env.paths.potDir(r.name()).resolve("m"));
    zfsOrUndo(
        r, "create: zfs send/receive failed", "snapshot", ds + "/m@" + snaps.get(snaps.size() - 1));
  }

  /**
   * {@code _cj_undo_create} (create.sh:47-60): verbosity 0, {@code stop} in the same shell (unlike
   * clone's undo), then the pot destroyed unless {@code -k}, exit 1. That stop ends the create: of
   * a pot without its conf yet with {@code exit 0} (stop.sh:205-207), of a pot never started with
   * exit 1 (not in a state where it can be stopped); either way nothing is destroyed.
   */
  private void undo(CreateRequest r) {
    env.out.quiet();
    pot.nested(List.of("stop", r.name()));
    if (!r.keep()) {
      pot.nested(List.of("destroy", "-F", "-p", r.name(), "-q"));
    }
    throw new Out.PotExit(1);
  }

  /** Every zfs step of {@code _cj_zfs} that fails prints its error and undoes the create. */
  private void zfsOrUndo(CreateRequest r, String message, String... args) {
    CommandResult res = env.zfs.zfs(List.of(args));
    if (!res.succeeded()) {
      env.out.err(res.stderr());
      env.out.error(message);
      undo(r);
    }
  }

  private String sourceOf(CreateRequest r) {
    return r.potbase().isEmpty()
        ? env.paths.baseDataset(r.base())
        : env.paths.jailDataset(r.potbase());
  }

  /**
   * create.sh:145-204: a multi pot's {@code usr.local} (level 1) and {@code custom} are the
   * source's newest snapshot sent and received ("Import", "Clone" at verbosity 2); without one the
   * create fails, not undone. The simulator makes the dataset.
   */
  private void copied(CreateRequest r, String verb, String source, String target) {
    List<String> snaps = SimImageFile.snapshots(env, source);
    if (snaps.isEmpty()) {
      throw env.out.fail("no snapshot found for " + source);
    }
    env.out.debug(verb + " zfs snapshot " + source + "@" + snaps.get(snaps.size() - 1));
    zfsOrUndo(r, "create: zfs send/receive failed", "create", target);
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
    if (r.level() == 2 && env.conf(r.potbase()).getStripped("pot.level").equals("1")) {
      // create.sh:363-374: the level-1 pot's legacy usr/local line loses zfs-remount (0.16.1
      // writes the new form, so nothing matches), announced either way
      Path file = env.paths.confDir(r.potbase()).resolve("fscomp.conf");
      String legacy = env.paths.potDir(r.potbase()).resolve("m/usr/local").toString();
      env.out.info(file + " fix (" + legacy + " zfs-remount)");
      ConfFile pb = ConfFile.read(file);
      List<String> lines = pb.lines();
      ConfFile fixed = ConfFile.empty(file);
      lines.forEach(l -> fixed.append(l.replace(legacy + " zfs-remount", legacy)));
      if (!lines.equals(fixed.lines())) {
        fixed.save();
      }
    }
  }

  /** create.sh:782-788: each flavour in turn; one that returns false is undone. */
  private void flavours(CreateRequest r) {
    for (String f : r.flavours()) {
      if (!new PotFlavours(env, pot).apply(r.name(), f)) {
        undo(r);
      }
    }
  }
}
