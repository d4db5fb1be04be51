package org.potctl.schema.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.potctl.schema.bind.Declared;
import org.potctl.schema.bind.Fields;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import tools.jackson.databind.JsonNode;

/**
 * A pot's dependencies, its {@code depends_on} and the {@code add-dep} lines of the spec flavours
 * it names ({@link FlavourDependencies}), have no cycle. A flavour line that makes a pot depend on
 * itself is an error at the line (pot's add-dep refuses it, failing the {@code pot create} half-way
 * through an apply). Each strongly connected group of pots is one error, naming a cycle through its
 * members from the alphabetically first one (and the flavour lines among its edges), reported at
 * that pot's {@code depends_on} (its {@code flavours} when it has none).
 */
final class CycleRule implements SpecRule {

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    SortedMap<String, Declared> pots = ctx.declarations().pots();
    Map<String, List<String>> edges = edges(pots);
    Map<String, String> viaFlavour = new HashMap<>();
    for (FlavourDependencies.Dependency d : FlavourDependencies.of(ctx)) {
      if (d.target().equals(d.pot())) {
        out.add(
            Diagnostic.error(
                d.line().toString(),
                "add-dep -P "
                    + d.target()
                    + ": pot "
                    + d.pot()
                    + " names flavour "
                    + d.flavour().name()
                    + " and cannot depend on itself",
                d.flavour().locate(d.line())));
      } else if (pots.containsKey(d.target())) {
        List<String> targets = edges.get(d.pot());
        if (!targets.contains(d.target())) {
          targets.add(d.target());
          viaFlavour.putIfAbsent(d.pot() + " " + d.target(), d.via());
        }
      }
    }
    edges.values().forEach(java.util.Collections::sort);
    for (List<String> group : new StronglyConnected(edges).groups()) {
      if (group.size() > 1) {
        String first = group.getFirst();
        List<String> cycle = cycleFrom(first, new TreeSet<>(group), edges);
        Declared pot = pots.get(first);
        JsonPath path =
            pot.at(
                pot.field(Fields.DEPENDS_ON).isMissingNode() ? Fields.FLAVOURS : Fields.DEPENDS_ON);
        List<String> flavourEdges = new ArrayList<>();
        for (int i = 0; i + 1 < cycle.size(); i++) {
          String via = viaFlavour.get(cycle.get(i) + " " + cycle.get(i + 1));
          if (via != null) {
            flavourEdges.add(via);
          }
        }
        String how = flavourEdges.isEmpty() ? "" : "; " + String.join("; ", flavourEdges);
        out.add(
            Diagnostic.error(
                path.toString(),
                "dependency cycle: " + String.join(" -> ", cycle) + how,
                pot.locate(path)));
      }
    }
  }

  private static Map<String, List<String>> edges(SortedMap<String, Declared> pots) {
    Map<String, List<String>> edges = new TreeMap<>();
    pots.forEach(
        (name, pot) -> {
          TreeSet<String> targets = new TreeSet<>();
          JsonNode list = pot.field(Fields.DEPENDS_ON);
          for (int i = 0; list.isArray() && i < list.size(); i++) {
            JsonNode t = list.get(i);
            if (t.isString()
                && pots.containsKey(t.stringValue())
                && !t.stringValue().equals(name)) {
              targets.add(t.stringValue());
            }
          }
          edges.put(name, new ArrayList<>(targets));
        });
    return edges;
  }

  private static List<String> cycleFrom(
      String start, TreeSet<String> group, Map<String, List<String>> edges) {
    Map<String, String> parent = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String node = queue.poll();
      for (String next : edges.get(node)) {
        if (next.equals(start)) {
          return path(start, node, parent);
        }
        if (group.contains(next) && !parent.containsKey(next)) {
          parent.put(next, node);
          queue.add(next);
        }
      }
    }
    return new ArrayList<>(group);
  }

  private static List<String> path(String start, String last, Map<String, String> parent) {
    List<String> chain = new ArrayList<>();
    for (String n = last; n != null; n = parent.get(n)) {
      chain.add(n);
    }
    List<String> cycle = new ArrayList<>(chain.reversed());
    cycle.add(start);
    return cycle;
  }
}
