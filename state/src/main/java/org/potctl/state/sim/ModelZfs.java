package org.potctl.state.sim;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
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
  public void ensureInitialised() {
    if (tree.exists(paths.zfsRoot())) {
      return;
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
          case "destroy" -> destroy(rest, out);
          case "set" -> set(rest, out);
          case "inherit" -> inherit(rest, out);
          case "rename" -> rename(rest, out);
          case "snapshot", "snap" -> snapshot(rest, out);
          case "mount", "umount", "unmount" -> 0;
          default -> {
            out.errln(sub.isEmpty() ? "missing command" : "unrecognized command '" + sub + "'");
            out.errln("usage: zfs command args ...");
            yield 2;
          }
        };
    return out.result(status, Duration.ZERO);
  }

  private int create(List<String> args, Out out) {
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

  private int destroy(List<String> args, Out out) {
    Getopts g = Getopts.parse(args, "rRfnpv");
    if (g.error() != null || g.operands().size() != 1) {
      out.errln(g.error() == null ? "wrong number of arguments" : g.error());
      return 2;
    }
    String name = g.operands().get(0);
    boolean recursive = g.has('r') || g.has('R');
    if (name.contains("@")) {
      return destroySnapshot(name, recursive, out);
    }
    if (!tree.exists(name)) {
      out.errln("cannot open '" + name + "': dataset does not exist");
      return 1;
    }
    List<String> below = tree.subtree(name).stream().filter(n -> !n.equals(name)).toList();
    if (!below.isEmpty() && !recursive) {
      out.errln("cannot destroy '" + name + "': filesystem has children");
      out.errln("use '-r' to destroy the following datasets:");
      below.forEach(out::errln);
      return 1;
    }
    List<String> all = new ArrayList<>(tree.subtree(name));
    java.util.Collections.reverse(all);
    for (String n : all) {
      Optional<String> at = tree.mountedPath(n);
      state.datasets.remove(n);
      if (!n.contains("@")) {
        mounts.destroyed(n, at);
      }
    }
    return 0;
  }

  private int destroySnapshot(String name, boolean recursive, Out out) {
    String fs = name.substring(0, name.indexOf('@'));
    String snap = name.substring(name.indexOf('@'));
    if (!tree.exists(name) && !recursive) {
      out.errln("could not find any snapshots to destroy; check snapshot names.");
      return 1;
    }
    List<String> victims =
        recursive
            ? tree.subtree(fs).stream().filter(n -> n.endsWith(snap)).toList()
            : List.of(name);
    victims.forEach(state.datasets::remove);
    return 0;
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
      List<String> targets = g.has('r') ? tree.subtree(name) : List.of(name);
      targets.forEach(n -> state.datasets.put(n, state.datasets.get(n).with(prop, null)));
    }
    mounts.reconcile(before, Map.of());
    return 0;
  }

  private int rename(List<String> args, Out out) {
    Getopts g = Getopts.parse(args, "fpru");
    if (g.error() != null || g.operands().size() != 2) {
      out.errln(g.error() == null ? "wrong number of arguments" : g.error());
      return 2;
    }
    String from = g.operands().get(0);
    String to = g.operands().get(1);
    if (!tree.exists(from)) {
      out.errln("cannot open '" + from + "': dataset does not exist");
      return 1;
    }
    if (tree.exists(to)) {
      out.errln("cannot rename to '" + to + "': dataset already exists");
      return 1;
    }
    String parent = ZfsTree.parent(to);
    if (parent == null || !tree.exists(parent)) {
      if (!g.has('p') || parent == null) {
        out.errln("cannot rename to '" + to + "': parent does not exist");
        return 1;
      }
      create(List.of("-p", parent), out);
    }
    if (to.startsWith(from + "/")) {
      out.errln(
          "cannot rename to '"
              + to
              + "': New dataset name cannot be a descendant of current dataset name");
      return 1;
    }
    Map<String, Optional<String>> before = mounts.snapshot();
    Map<String, String> renames = new LinkedHashMap<>();
    for (String n : tree.subtree(from)) {
      String moved = to + n.substring(from.length());
      renames.put(n, moved);
      state.datasets.put(moved, state.datasets.remove(n).renamed(moved));
    }
    mounts.reconcile(before, renames);
    return 0;
  }

  private int snapshot(List<String> args, Out out) {
    Getopts g = Getopts.parse(args, "ro:");
    if (g.error() != null || g.operands().isEmpty()) {
      out.errln(g.error() == null ? "missing snapshot argument" : g.error());
      return 2;
    }
    for (String name : g.operands()) {
      int at = name.indexOf('@');
      String fs = at < 0 ? name : name.substring(0, at);
      if (at < 0 || !tree.exists(fs)) {
        out.errln("cannot open '" + fs + "': dataset does not exist");
        return 1;
      }
      List<String> targets =
          g.has('r')
              ? tree.subtree(fs).stream().filter(n -> !n.contains("@")).toList()
              : List.of(fs);
      String snap = name.substring(at);
      for (String t : targets) {
        if (tree.exists(t + snap)) {
          out.errln("cannot create snapshot '" + t + snap + "': dataset already exists");
          return 1;
        }
      }
      long now = clock.instant().getEpochSecond();
      targets.forEach(t -> state.datasets.put(t + snap, new SimDataset(t + snap, now, Map.of())));
    }
    return 0;
  }
}
