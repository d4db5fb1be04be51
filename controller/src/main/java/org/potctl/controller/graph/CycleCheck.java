package org.potctl.controller.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;

/**
 * Rejects cycles, one error per strongly connected group naming every member in sorted order. The
 * schema already rejects {@code depends_on} cycles; this is the defensive check of the whole graph.
 * A depth-first search answers whether there is a cycle at all; the strongly connected sets, which
 * cost several times as much on a large graph (docs/performance.md, "Profiles"), are computed only
 * to name the cycles of a graph that has one.
 */
final class CycleCheck implements GraphStep {

  @Override
  public void apply(
      GraphInput input, Graph<ResourceAddress, DependencyEdge> graph, List<Diagnostic> d) {
    if (!new CycleDetector<>(graph).detectCycles()) {
      return;
    }
    List<String> cycles = new ArrayList<>();
    for (Set<ResourceAddress> group :
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      ResourceAddress first = group.iterator().next();
      if (group.size() > 1 || graph.containsEdge(first, first)) {
        List<String> names = new TreeSet<>(group).stream().map(Object::toString).toList();
        cycles.add(String.join(" → ", names) + " → " + names.get(0));
      }
    }
    cycles.stream()
        .sorted()
        .forEach(c -> d.add(Diagnostic.error("graph", "dependency cycle: " + c)));
  }
}
