package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** {@code zfs list} and {@code zfs get} over the modelled datasets, in zfs's output formats. */
final class ZfsQuery {

  private static final List<String> ALL_PROPS =
      List.of(
          "type",
          "creation",
          "used",
          "available",
          "referenced",
          "mountpoint",
          "mounted",
          "origin",
          "quota",
          "reservation",
          "recordsize",
          "compression",
          "atime",
          "exec",
          "setuid",
          "readonly",
          "canmount");
  private static final Set<String> RIGHT =
      Set.of(
          "used",
          "avail",
          "available",
          "refer",
          "referenced",
          "quota",
          "reservation",
          "refquota",
          "refreservation",
          "recordsize");

  private final ZfsTree tree;
  private final Out out;

  ZfsQuery(ZfsTree tree, Out out) {
    this.tree = tree;
    this.out = out;
  }

  int list(List<String> args) {
    Getopts g = Getopts.parse(args, "Hpd:ro:s:S:t:");
    if (g.error() != null) {
      return usage(g.error());
    }
    List<String> cols =
        Arrays.asList(
            g.last('o') == null
                ? "name,used,avail,refer,mountpoint".split(",")
                : g.last('o').split(","));
    for (String c : cols) {
      if (!ZfsProps.isKnown(c)) {
        return usage("invalid property '" + c + "'");
      }
    }
    Set<String> types = types(g.last('t'), g.operands());
    int maxDepth =
        g.last('d') != null
            ? Integer.parseInt(g.last('d'))
            : (g.has('r') || g.operands().isEmpty() ? Integer.MAX_VALUE : 0);
    if (types.equals(Set.of("snapshot")) && !g.operands().isEmpty() && maxDepth == 0) {
      // OpenZFS (zfs_main.c, zfs_do_list): -t snapshot of a named file system lists its own
      // snapshots, as -d 1 (pot's _get_pot_snaps, common.sh:1027, relies on it)
      maxDepth = 1;
    }
    List<String> roots = g.operands().isEmpty() ? poolRoots() : g.operands();
    SortedSet<String> names = new TreeSet<>(ZfsTree.TREE_ORDER);
    int status = 0;
    for (String root : roots) {
      if (!tree.exists(root)) {
        out.errln("cannot open '" + root + "': dataset does not exist");
        status = 1;
        continue;
      }
      for (String name : tree.subtree(root)) {
        boolean snap = name.contains("@");
        boolean wanted =
            snap ? types.contains("snapshot") || name.equals(root) : types.contains("filesystem");
        if (wanted && ZfsTree.depth(root, name) <= maxDepth) {
          names.add(name);
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    boolean parsable = g.has('p');
    for (String name : names) {
      rows.add(
          cols.stream()
              .map(c -> ZfsProps.present(c, tree.value(name, c).value(), parsable))
              .toList());
    }
    sort(rows, cols, g);
    print(cols, rows, g.has('H'));
    return status;
  }

  int get(List<String> args) {
    Getopts g = Getopts.parse(args, "Hpd:ro:s:t:");
    if (g.error() != null || g.operands().isEmpty()) {
      return usage(g.error() == null ? "missing property argument" : g.error());
    }
    List<String> fields =
        Arrays.asList(
            (g.last('o') == null ? "name,property,value,source" : g.last('o')).split(","));
    String propArg = g.operands().get(0);
    List<String> targets =
        g.operands().size() > 1 ? g.operands().subList(1, g.operands().size()) : poolRoots();
    int maxDepth =
        g.last('d') != null
            ? Integer.parseInt(g.last('d'))
            : (g.has('r') || g.operands().size() == 1 ? Integer.MAX_VALUE : 0);
    List<List<String>> rows = new ArrayList<>();
    int status = 0;
    for (String root : targets) {
      if (!tree.exists(root)) {
        out.errln("cannot open '" + root + "': dataset does not exist");
        status = 1;
        continue;
      }
      for (String name : tree.subtree(root)) {
        if (ZfsTree.depth(root, name) > maxDepth
            || (name.contains("@") && !name.equals(root) && g.last('t') == null)) {
          continue;
        }
        for (String prop : props(propArg, name)) {
          if (!ZfsProps.isKnown(prop)) {
            return usage("invalid property '" + prop + "'");
          }
          ZfsTree.Value v = tree.value(name, prop);
          rows.add(fields.stream().map(f -> field(f, name, prop, v, g.has('p'))).toList());
        }
      }
    }
    print(
        fields.stream().map(f -> f.equals("property") ? "PROPERTY" : f).toList(), rows, g.has('H'));
    return status;
  }

  private static String field(
      String f, String name, String prop, ZfsTree.Value v, boolean parsable) {
    return switch (f) {
      case "name" -> name;
      case "property" -> prop;
      case "value" -> ZfsProps.present(prop, v.value(), parsable);
      case "source" -> v.source();
      case "received" -> "-";
      default -> "-";
    };
  }

  private List<String> props(String arg, String name) {
    if (!arg.equals("all")) {
      return Arrays.asList(arg.split(","));
    }
    Set<String> all = new LinkedHashSet<>(ALL_PROPS);
    for (String p = name; p != null; p = ZfsTree.parent(p)) {
      tree.get(p)
          .ifPresent(ds -> ds.props().keySet().stream().filter(ZfsProps::isUser).forEach(all::add));
    }
    return List.copyOf(all);
  }

  private static Set<String> types(String t, List<String> operands) {
    if (t == null) {
      return Set.of("filesystem", "volume");
    }
    Set<String> types = new LinkedHashSet<>();
    for (String type : t.split(",")) {
      types.add(type.equals("snap") ? "snapshot" : type); // FreeBSD's zfs takes the short form
    }
    if (types.contains("all")) {
      types.addAll(List.of("filesystem", "snapshot", "volume"));
    }
    return types;
  }

  private List<String> poolRoots() {
    return tree.roots();
  }

  private static void sort(List<List<String>> rows, List<String> cols, Getopts g) {
    String key = g.last('s') != null ? g.last('s') : g.last('S');
    int idx = key == null ? -1 : cols.indexOf(key);
    if (idx >= 0) {
      rows.sort((a, b) -> a.get(idx).compareTo(b.get(idx)) * (g.last('S') != null ? -1 : 1));
    }
  }

  private void print(List<String> cols, List<List<String>> rows, boolean scripted) {
    if (scripted) {
      rows.forEach(r -> out.println(String.join("\t", r)));
      return;
    }
    int[] width = new int[cols.size()];
    for (int i = 0; i < cols.size(); i++) {
      width[i] = cols.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    List<List<String>> all = new ArrayList<>();
    all.add(cols.stream().map(String::toUpperCase).toList());
    all.addAll(rows);
    for (List<String> r : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        boolean last = i == r.size() - 1;
        String cell = r.get(i);
        String pad = " ".repeat(width[i] - cell.length());
        line.append(RIGHT.contains(cols.get(i)) ? pad + cell : (last ? cell : cell + pad));
        if (!last) {
          line.append("  ");
        }
      }
      out.println(line.toString());
    }
  }

  private int usage(String why) {
    out.errln(why);
    out.errln("usage: see zfs(8)");
    return 2;
  }
}
