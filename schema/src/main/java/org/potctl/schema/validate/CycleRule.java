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
 * {@code depends_on} has no cycle. Each strongly connected group of pots is one error, naming a
 * cycle through its members from the alphabetically first one, reported at that pot's {@code
 * depends_on}.
 */
final class CycleRule implements SpecRule {

  @Override
  public void check(CheckContext ctx, Diagnostics.Builder out) {
    SortedMap<String, Declared> pots = ctx.declarations().pots();
    Map<String, List<String>> edges = edges(pots);
    for (List<String> group : new StronglyConnected(edges).groups()) {
      if (group.size() > 1) {
        String first = group.getFirst();
        List<String> cycle = cycleFrom(first, new TreeSet<>(group), edges);
        Declared pot = pots.get(first);
        JsonPath path = pot.at(Fields.DEPENDS_ON);
        out.add(
            Diagnostic.error(
                path.toString(),
                "dependency cycle: " + String.join(" -> ", cycle),
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
