package org.potctl.controller.graph;

import java.util.List;
import org.jgrapht.Graph;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.MountSource;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.PotType;

/**
 * Connects each declared pot to what it references: its fscomps (mounts), its private bridge, its
 * spec flavours, its base (multi pots) and its {@code depends_on} pots. Host flavours are no nodes.
 */
final class SpecEdges implements GraphStep {

  @Override
  public void apply(
      GraphInput input, Graph<ResourceAddress, DependencyEdge> graph, List<Diagnostic> d) {
    for (PotSpec pot : input.spec().pots().values()) {
      ResourceAddress from = pot.address();
      pot.mounts().stream()
          .map(m -> m.source())
          .filter(s -> s instanceof MountSource.Fscomp)
          .map(s -> ResourceAddress.fscomp(((MountSource.Fscomp) s).name()))
          .forEach(to -> connect(graph, from, to, EdgeKind.MOUNT));
      pot.network()
          .bridge()
          .ifPresent(b -> connect(graph, from, ResourceAddress.bridge(b), EdgeKind.NETWORK));
      pot.flavours()
          .forEach(f -> connect(graph, from, ResourceAddress.flavour(f), EdgeKind.FLAVOUR));
      if (pot.type() == PotType.MULTI) {
        connect(graph, from, pot.baseAddress(), EdgeKind.BASE);
      }
      pot.dependsOn()
          .forEach(p -> connect(graph, from, ResourceAddress.pot(p), EdgeKind.DEPENDS_ON));
      pot.options()
          .template()
          .ifPresent(t -> connect(graph, from, ResourceAddress.pot(t), EdgeKind.CLONE));
      input
          .spec()
          .imageImporter(pot)
          .filter(i -> !i.equals(pot.name()))
          .ifPresent(i -> connect(graph, from, ResourceAddress.pot(i), EdgeKind.CLONE));
    }
  }

  /** Adds the edge when both ends are nodes (a host flavour, for one, is not). */
  static void connect(
      Graph<ResourceAddress, DependencyEdge> graph,
      ResourceAddress from,
      ResourceAddress to,
      EdgeKind kind) {
    if (graph.containsVertex(from) && graph.containsVertex(to) && !graph.containsEdge(from, to)) {
      graph.addEdge(from, to, new DependencyEdge(from, to, kind));
    }
  }
}
