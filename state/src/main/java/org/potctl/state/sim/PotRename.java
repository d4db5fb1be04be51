package org.potctl.state.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pot rename -p OLD -n NEW} (rename.sh): pot.conf gets {@code host.hostname="NEW.<host>"}
 * (not the 64-character rule of create), every fscomp.conf path {@code /jails/OLD/} becomes {@code
 * /jails/NEW/} in this pot and in every other, {@code pot.potbase=OLD} and {@code pot.depend=OLD}
 * lines of other pots follow, and the dataset is renamed with its own datasets ({@code m}, or a
 * multi pot's {@code usr.local} and {@code custom}) given a local mountpoint under the new name.
 * pot's syslog files are not modelled.
 */
final class PotRename {

  static final String SPEC = "hvp:n:";

  private final PotEnv env;
  private final PotCommands pot;

  PotRename(PotEnv env, PotCommands pot) {
    this.env = env;
    this.pot = pot;
  }

  int run(List<String> args) {
    Getopts g = pot.getopts("rename", args, SPEC);
    String old = g.last('p');
    String name = g.last('n');
    if (old == null || old.isEmpty()) {
      usage("pot name is missing (-p)");
    }
    if (name == null || name.isEmpty()) {
      usage("new name is missing (-n)");
    }
    if (!env.isPot(old, false)) {
      throw env.out.fail(old + " is not a valid pot");
    }
    if (env.isPot(name, true)) {
      throw env.out.fail("pot " + name + " exists already");
    }
    if (env.running(old)) {
      throw env.out.fail("pot " + old + " is still running");
    }
    conf(old, name);
    zfs(old, name);
    for (String p : env.potNames()) {
      recursive(p, old, name);
    }
    return 0;
  }

  private void usage(String message) {
    env.out.error(message);
    pot.help("rename", SPEC);
    throw new Out.PotExit(1);
  }

  /** {@code _rn_conf}. */
  private void conf(String old, String name) {
    Path dir = env.paths.confDir(old);
    replacePaths(dir.resolve("fscomp.conf"), old, name);
    ConfFile c = env.conf(old).removeAll("host.hostname");
    c.append("host.hostname=\"" + name + "." + PotEnv.HOSTNAME + "\"").save();
  }

  /** {@code _rn_recursive}: every pot, the renamed one included. */
  private void recursive(String p, String old, String name) {
    replacePaths(env.paths.confDir(p).resolve("fscomp.conf"), old, name);
    ConfFile c = env.conf(p);
    if (!c.exists()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (String l : c.lines()) {
      lines.add(
          l.equals("pot.potbase=" + old)
              ? "pot.potbase=" + name
              : l.equals("pot.depend=" + old) ? "pot.depend=" + name : l);
    }
    if (!lines.equals(c.lines())) {
      ConfFile n = ConfFile.empty(env.paths.confDir(p).resolve("pot.conf"));
      lines.forEach(n::append);
      n.save();
    }
  }

  /** {@code sed -i '' -e "s%/jails/OLD/%/jails/NEW/%g" FILE} (a missing file is left alone). */
  private static void replacePaths(Path file, String old, String name) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    String text = AtomicFiles.readOrEmpty(file);
    String changed = text.replace("/jails/" + old + "/", "/jails/" + name + "/");
    if (!changed.equals(text)) {
      AtomicFiles.write(file, changed);
    }
  }

  /**
   * {@code _rn_zfs}: each own dataset gets {@code mountpoint=$FR/jails/NEW/<child>}, the pot's
   * dataset is renamed. pot unmounts everything first and mounts it again after; the modelled ZFS
   * has no unmounted state, so there a child follows its parent through the rename (inherit,
   * rename, set: the same end state).
   */
  private void zfs(String old, String name) {
    String from = env.paths.jailDataset(old);
    String to = env.paths.jailDataset(name);
    List<String> children =
        env.conf(old).get("pot.type").equals("multi")
            ? List.of("usr.local", "custom")
            : List.of("m");
    List<String> own = children.stream().filter(c -> env.datasetExists(from + "/" + c)).toList();
    boolean model = env.zfs instanceof ModelZfs;
    for (String c : own) {
      env.out.debug("Preparing " + from + "/" + c);
      if (model) {
        env.zfs.zfs(List.of("inherit", "mountpoint", from + "/" + c));
      } else {
        env.zfs.zfs(List.of("umount", "-f", from + "/" + c));
        setMountpoint(from + "/" + c, name, c);
      }
    }
    env.out.debug("Preparing " + from);
    if (!model) {
      env.zfs.zfs(List.of("umount", "-f", from));
    }
    env.out.debug("Renaming " + from + " in " + to);
    env.zfsOrFail("rename of " + from + " failed", "rename", from, to);
    env.out.debug("Mount " + to);
    if (!model) {
      env.zfs.zfs(List.of("mount", to));
    }
    for (String c : own) {
      if (model) {
        setMountpoint(to + "/" + c, name, c);
      } else {
        env.zfs.zfs(List.of("mount", to + "/" + c));
      }
    }
  }

  private void setMountpoint(String dataset, String pot, String child) {
    env.zfs.zfs(List.of("set", "mountpoint=" + env.paths.potDir(pot).resolve(child), dataset));
  }
}
