package org.potctl.state.sim;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * {@code zfs destroy}, {@code zfs rename}, {@code zfs snapshot} and {@code zfs rollback} on the
 * modelled datasets.
 */
final class ZfsChanges {

  private final SimState state;
  private final ZfsTree tree;
  private final ZfsMounts mounts;
  private final InstantSource clock;
  private final BiFunction<List<String>, Out, Integer> create;
  private final ZfsContents contents;
  private final NullfsUppers uppers;

  ZfsChanges(
      SimState state,
      ZfsTree tree,
      ZfsMounts mounts,
      InstantSource clock,
      BiFunction<List<String>, Out, Integer> create,
      NullfsUppers uppers) {
    this.state = state;
    this.tree = tree;
    this.mounts = mounts;
    this.clock = clock;
    this.create = create;
    this.contents = new ZfsContents(mounts);
    this.uppers = uppers;
  }

  int destroy(List<String> args, Out out) {
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
    List<String> clones = dependentClones(all);
    if (!clones.isEmpty() && !g.has('R')) {
      out.errln("cannot destroy '" + name + "': filesystem has dependent clones");
      out.errln("use '-R' to destroy the following datasets:");
      clones.forEach(out::errln);
      return 1;
    }
    Collections.reverse(all);
    Set<String> held = uppers.held();
    for (String n : all) {
      Optional<String> at = tree.mountedPath(n);
      if (at.isPresent() && held.contains(n)) {
        // deepest first, as zfs destroy -r goes: what came before this one is gone already
        out.errln("cannot unmount '" + at.get() + "': Device busy");
        return 1;
      }
      state.datasets.remove(n);
      if (!n.contains("@")) {
        mounts.destroyed(n, at);
      } else {
        contents.destroyed(n);
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
    List<String> clones = dependentClones(victims);
    if (!clones.isEmpty()) {
      out.errln("cannot destroy '" + name + "': snapshot has dependent clones");
      out.errln("use '-R' to destroy the following datasets:");
      clones.forEach(out::errln);
      return 1;
    }
    victims.forEach(state.datasets::remove);
    victims.forEach(contents::destroyed);
    return 0;
  }

  /** Datasets outside {@code names} cloned from a snapshot among {@code names}. */
  private List<String> dependentClones(List<String> names) {
    java.util.Set<String> inside = new java.util.HashSet<>(names);
    return state.datasets.values().stream()
        .filter(d -> !inside.contains(d.name()))
        .filter(d -> inside.contains(d.props().getOrDefault("origin", "")))
        .map(SimDataset::name)
        .sorted()
        .toList();
  }

  int rename(List<String> args, Out out) {
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
      create.apply(List.of("-p", parent), out);
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
    for (SimDataset d : List.copyOf(state.datasets.values())) {
      String origin = renames.get(d.props().getOrDefault("origin", ""));
      if (origin != null) {
        state.datasets.put(d.name(), d.with("origin", origin));
      }
    }
    mounts.reconcile(before, renames);
    contents.renamed(renames);
    return 0;
  }

  int snapshot(List<String> args, Out out) {
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
      targets.forEach(t -> contents.taken(t + snap));
    }
    return 0;
  }

  /**
   * {@code zfs rollback [-r] FS@SNAP}: refused while a later snapshot exists unless {@code -r}
   * destroys the later ones. The model keeps no file contents, so nothing else changes.
   */
  int rollback(List<String> args, Out out) {
    Getopts g = Getopts.parse(args, "rRf");
    if (g.error() != null || g.operands().size() != 1) {
      out.errln(g.error() == null ? "wrong number of arguments" : g.error());
      return 2;
    }
    String name = g.operands().get(0);
    if (!name.contains("@") || !tree.exists(name)) {
      out.errln("cannot open '" + name + "': dataset does not exist");
      return 1;
    }
    String fs = name.substring(0, name.indexOf('@'));
    long at = state.datasets.get(name).creation();
    List<String> later =
        state.datasets.values().stream()
            .filter(d -> d.name().startsWith(fs + "@") && !d.name().equals(name))
            .filter(d -> d.creation() > at || (d.creation() == at && d.name().compareTo(name) > 0))
            .map(SimDataset::name)
            .sorted()
            .toList();
    if (!later.isEmpty() && !g.has('r') && !g.has('R')) {
      out.errln("cannot rollback to '" + name + "': more recent snapshots or bookmarks exist");
      out.errln("use '-r' to force deletion of the following snapshots and bookmarks:");
      later.forEach(out::errln);
      return 1;
    }
    for (String s : later) {
      int rc = destroySnapshot(s, false, out);
      if (rc != 0) {
        return rc;
      }
    }
    contents.rolledBack(name);
    return 0;
  }
}
