package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Read access to the modelled datasets: hierarchy, inheritance, computed properties. */
final class ZfsTree {

  /** A property value and where it came from, as {@code zfs get} reports it. */
  record Value(String value, String source) {}

  /**
   * zfs's listing order: a dataset, then its snapshots, then its children (depth first, siblings by
   * name).
   */
  static final Comparator<String> TREE_ORDER = ZfsTree::compareNames;

  private final SimState state;

  ZfsTree(SimState state) {
    this.state = state;
  }

  /**
   * Compares the dataset parts (before any {@code @}) component by component, then a dataset before
   * its snapshots, then the whole names; without splitting, as listings sort many names.
   */
  private static int compareNames(String a, String b) {
    int ea = datasetEnd(a);
    int eb = datasetEnd(b);
    int ia = 0;
    int ib = 0;
    while (ia < ea && ib < eb) {
      int ja = componentEnd(a, ia, ea);
      int jb = componentEnd(b, ib, eb);
      int c = compareRegion(a, ia, ja, b, ib, jb);
      if (c != 0) {
        return c;
      }
      ia = ja + 1;
      ib = jb + 1;
    }
    if (ia < ea || ib < eb) {
      return ia < ea ? 1 : -1;
    }
    boolean sa = ea < a.length();
    boolean sb = eb < b.length();
    if (sa != sb) {
      return sa ? 1 : -1;
    }
    return a.compareTo(b);
  }

  private static int datasetEnd(String name) {
    int at = name.indexOf('@');
    return at < 0 ? name.length() : at;
  }

  private static int componentEnd(String name, int from, int end) {
    int slash = name.indexOf('/', from);
    return slash < 0 || slash > end ? end : slash;
  }

  /** {@code String.compareTo} of {@code a[fa, ta)} and {@code b[fb, tb)}. */
  private static int compareRegion(String a, int fa, int ta, String b, int fb, int tb) {
    int la = ta - fa;
    int lb = tb - fb;
    for (int i = 0; i < Math.min(la, lb); i++) {
      int c = Character.compare(a.charAt(fa + i), b.charAt(fb + i));
      if (c != 0) {
        return c;
      }
    }
    return la - lb;
  }

  /** The pools: top-level datasets. */
  List<String> roots() {
    return state.datasets.keySet().stream()
        .filter(n -> !n.contains("/") && !n.contains("@"))
        .toList();
  }

  boolean exists(String name) {
    return state.datasets.containsKey(name);
  }

  Optional<SimDataset> get(String name) {
    return Optional.ofNullable(state.datasets.get(name));
  }

  static String parent(String name) {
    int at = name.indexOf('@');
    if (at >= 0) {
      return name.substring(0, at);
    }
    int slash = name.lastIndexOf('/');
    return slash < 0 ? null : name.substring(0, slash);
  }

  /** {@code name} itself (if present) and every dataset and snapshot below it, in tree order. */
  List<String> subtree(String name) {
    List<String> out = new ArrayList<>();
    if (exists(name)) {
      out.add(name);
    }
    out.addAll(snapshotsOf(name));
    out.addAll(descendants(name));
    out.sort(TREE_ORDER);
    return out;
  }

  /**
   * The datasets and snapshots whose names start with {@code name/}: one key range of the sorted
   * model ({@code '0'} follows {@code '/'}), so a lookup costs O(log N + k), not a scan of all.
   */
  private Collection<String> descendants(String name) {
    return state.datasets.subMap(name + "/", name + "0").keySet();
  }

  /** The snapshots of {@code name} itself ({@code 'A'} follows {@code '@'}). */
  private Collection<String> snapshotsOf(String name) {
    return state.datasets.subMap(name + "@", name + "A").keySet();
  }

  /** Depth of {@code name} below {@code root}: 0 for root, 1 for children and own snapshots. */
  static int depth(String root, String name) {
    if (name.equals(root)) {
      return 0;
    }
    String rest = name.substring(root.length() + 1);
    return 1 + (int) rest.chars().filter(ch -> ch == '/' || ch == '@').count();
  }

  Value value(String name, String prop) {
    SimDataset ds = state.datasets.get(name);
    boolean snap = ds.isSnapshot();
    switch (prop) {
      case "name":
        return new Value(name, "-");
      case "type":
        return new Value(snap ? "snapshot" : "filesystem", "-");
      case "creation":
        return new Value(String.valueOf(ds.creation()), "-");
      case "used":
        return new Value(String.valueOf(used(name)), "-");
      case "avail", "available":
        return new Value(snap ? "-" : String.valueOf(ZfsProps.AVAILABLE), "-");
      case "refer", "referenced":
        return new Value(String.valueOf(ZfsProps.OWN_USED), "-");
      case "usedbysnapshots":
        return new Value("0", "-");
      case "mounted":
        return new Value(snap ? "-" : (mountedPath(name).isPresent() ? "yes" : "no"), "-");
      case "origin":
        return new Value(ds.props().getOrDefault("origin", "-"), "-");
      case "mountpoint":
        return snap ? new Value("-", "-") : mountpoint(name);
      default:
        return inherited(name, prop, snap);
    }
  }

  private Value inherited(String name, String prop, boolean snap) {
    SimDataset ds = state.datasets.get(name);
    if (ds.props().containsKey(prop)) {
      return new Value(ds.props().get(prop), "local");
    }
    if (snap && !ZfsProps.isUser(prop)) {
      return new Value("-", "-");
    }
    if (ZfsProps.isInheritable(prop)) {
      for (String p = parent(name); p != null; p = parent(p)) {
        SimDataset anc = state.datasets.get(p);
        if (anc != null && anc.props().containsKey(prop)) {
          return new Value(anc.props().get(prop), "inherited from " + p);
        }
      }
    }
    String def = ZfsProps.defaultValue(prop);
    return new Value(def, def.equals("-") ? "-" : "default");
  }

  private Value mountpoint(String name) {
    SimDataset ds = state.datasets.get(name);
    if (ds.props().containsKey("mountpoint")) {
      return new Value(ds.props().get("mountpoint"), "local");
    }
    String parent = parent(name);
    if (parent == null || !exists(parent)) {
      return new Value("/" + name, "default");
    }
    Value up = mountpoint(parent);
    String tail = name.substring(name.lastIndexOf('/') + 1);
    String path =
        up.value().startsWith("/")
            ? (up.value().equals("/") ? "/" : up.value() + "/") + tail
            : up.value();
    String source = up.source().equals("local") ? "inherited from " + parent : up.source();
    return new Value(path, source);
  }

  /** Where the file system is mounted: a path mountpoint and {@code canmount=on}. */
  Optional<String> mountedPath(String name) {
    SimDataset ds = state.datasets.get(name);
    if (ds == null || ds.isSnapshot()) {
      return Optional.empty();
    }
    String mp = mountpoint(name).value();
    boolean canmount = ds.props().getOrDefault("canmount", "on").equals("on");
    return canmount && mp.startsWith("/") ? Optional.of(mp) : Optional.empty();
  }

  long used(String name) {
    if (name.contains("@")) {
      return 0;
    }
    long total = ZfsProps.OWN_USED;
    for (String n : descendants(name)) {
      if (!n.contains("@") && parent(n).equals(name)) {
        total += used(n);
      }
    }
    return total;
  }
}
