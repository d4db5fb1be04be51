package org.potctl.state.sim;

import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.potctl.state.exec.CommandResult;

/** {@code zfs} against the modelled datasets: the sub-commands pot and potctl use. */
final class ModelZfs implements ZfsBackend {

  private final SimState state;
  private final SimPaths paths;
  private final InstantSource clock;
  private final ZfsTree tree;
  private final ZfsMounts mounts;

  ModelZfs(SimState state, SimPaths paths, InstantSource clock) {
    this.state = state;
    this.paths = paths;
    this.clock = clock;
    this.tree = new ZfsTree(state);
    this.mounts = new ZfsMounts(state, paths.dir());
  }

  @Override
  public boolean ensureInitialised() {
    if (tree.exists(paths.zfsRoot())) {
      return true;
    }
    if (tree.exists(SimPaths.MODEL_POOL)) {
      return false; // the pool without pot's root: de-init (or zfs destroy) removed it
    }
    put(SimPaths.MODEL_POOL, Map.of("mountpoint", "none"));
    String zr = paths.zfsRoot();
    put(
        zr,
        Map.of(
            "mountpoint",
            paths.fsRoot().toString(),
            "canmount",
            "off",
            "compression",
            "lz4",
            "atime",
            "off"));
    for (String child : List.of("bases", "jails", "fscomp")) {
      put(zr + "/" + child, Map.of());
    }
    put(
        zr + "/cache",
        Map.of("mountpoint", paths.dir().resolve("cache").toString(), "compression", "off"));
    return true;
  }

  private void put(String name, Map<String, String> props) {
    if (!tree.exists(name)) {
      state.datasets.put(name, new SimDataset(name, clock.instant().getEpochSecond(), props));
      mounts.created(name);
    }
  }

  @Override
  public CommandResult zfs(List<String> args) {
    Out out = new Out();
    List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
    String sub = args.isEmpty() ? "" : args.get(0);
    int status =
        switch (sub) {
          case "list" -> new ZfsQuery(tree, out).list(rest);
          case "get" -> new ZfsQuery(tree, out).get(rest);
          case "create" -> create(rest, out);
          case "destroy" -> changes().destroy(rest, out);
          case "set" -> set(rest, out);
          case "inherit" -> inherit(rest, out);
          case "rename" -> changes().rename(rest, out);
          case "snapshot", "snap" -> changes().snapshot(rest, out);
          case "clone" -> clone(rest, out);
          case "rollback" -> changes().rollback(rest, out);
          case "mount", "umount", "unmount" -> 0;
          default -> {
            out.errln(sub.isEmpty() ? "missing command" : "unrecognized command '" + sub + "'");
            out.errln("usage: zfs command args ...");
            yield 2;
          }
        };
    return out.result(status, Duration.ZERO);
  }

  int create(List<String> args, Out out) {
    Getopts g = Getopts.parse(args, "po:");
    if (g.error() != null || g.operands().size() != 1) {
      out.errln(g.error() == null ? "wrong number of arguments" : g.error());
      return 2;
    }
    String name = g.operands().get(0);
    Map<String, String> props = new LinkedHashMap<>();
    for (String kv : g.all('o')) {
      int eq = kv.indexOf('=');
      String[] why = new String[1];
      Optional<String> v =
          eq > 0
              ? ZfsProps.normalise(kv.substring(0, eq), kv.substring(eq + 1), why)
              : Optional.empty();
      if (v.isEmpty()) {
        out.errln(
            "cannot create '"
                + name
                + "': "
                + (why[0] == null ? "bad property '" + kv + "'" : why[0]));
        return 1;
      }
      props.put(kv.substring(0, eq), v.get());
    }
    if (tree.exists(name)) {
      if (g.has('p')) {
        return 0;
      }
      out.errln("cannot create '" + name + "': dataset already exists");
      return 1;
    }
    String parent = ZfsTree.parent(name);
    if (parent == null || name.contains("@")) {
      out.errln("cannot create '" + name + "': missing dataset name");
      return 1;
    }
    if (!tree.exists(parent)) {
      if (!g.has('p') || !tree.exists(name.substring(0, name.indexOf('/')))) {
        out.errln("cannot create '" + name + "': parent does not exist");
        return 1;
      }
      create(List.of("-p", parent), out);
    }
    put(name, props);
    return 0;
  }

  /** {@code zfs clone [-o prop=value]… SNAPSHOT FILESYSTEM}: a dataset whose origin is SNAPSHOT. */
  private ZfsChanges changes() {
    return new ZfsChanges(state, tree, mounts, clock, this::create, new NullfsUppers(state, paths));
  }

  private int clone(List<String> args, Out out) {
    Getopts g = Getopts.parse(args, "po:");
    if (g.error() != null || g.operands().size() != 2) {
      out.errln(g.error() == null ? "wrong number of arguments" : g.error());
      return 2;
    }
    String snap = g.operands().get(0);
    String target = g.operands().get(1);
    if (!snap.contains("@") || !tree.exists(snap)) {
      out.errln("cannot open '" + snap + "': dataset does not exist");
      return 1;
    }
    List<String> options = new java.util.ArrayList<>();
    g.all('o').forEach(o -> options.addAll(List.of("-o", o)));
    options.add(target);
    int created = create(options, out);
    if (created == 0) {
      state.datasets.put(target, state.datasets.get(target).with("origin", snap));
      new ZfsContents(mounts).cloned(snap, target);
    }
    return created;
  }

  private int set(List<String> args, Out out) {
    if (args.size() < 2) {
      out.errln("missing " + (args.isEmpty() ? "property=value" : "dataset name") + " argument");
      return 2;
    }
    List<String> assignments = args.subList(0, args.size() - 1);
    String name = args.get(args.size() - 1);
    if (!tree.exists(name)) {
      out.errln("cannot open '" + name + "': dataset does not exist");
      return 1;
    }
    Map<String, Optional<String>> before = mounts.snapshot();
    for (String kv : assignments) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        out.errln("missing '=' for property=value argument");
        return 2;
      }
      String prop = kv.substring(0, eq);
      String[] why = new String[1];
      Optional<String> v = ZfsProps.normalise(prop, kv.substring(eq + 1), why);
      if (v.isEmpty()) {
        out.errln("cannot set property for '" + name + "': " + why[0]);
        return 1;
      }
      state.datasets.put(name, state.datasets.get(name).with(prop, v.get()));
    }
    mounts.reconcile(before, Map.of());
    return 0;
  }

  private int inherit(List<String> args, Out out) {
    Getopts g = Getopts.parse(args, "rS");
    if (g.error() != null || g.operands().size() < 2) {
      out.errln(g.error() == null ? "missing arguments" : g.error());
      return 2;
    }
    String prop = g.operands().get(0);
    Map<String, Optional<String>> before = mounts.snapshot();
    for (String name : g.operands().subList(1, g.operands().size())) {
      if (!tree.exists(name)) {
        out.errln("cannot open '" + name + "': dataset does not exist");
        return 1;
      }
      if (prop.equals("mountpoint")) {
        before = mounts.unmountFirst(before, tree.subtree(name));
      }
      List<String> targets = g.has('r') ? tree.subtree(name) : List.of(name);
      targets.forEach(n -> state.datasets.put(n, state.datasets.get(n).with(prop, null)));
    }
    mounts.reconcile(before, Map.of());
    return 0;
  }
}
