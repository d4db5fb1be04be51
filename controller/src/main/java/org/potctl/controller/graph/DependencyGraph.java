package org.potctl.controller.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.potctl.schema.address.ResourceAddress;

/**
 * The dependency graph of a spec on a host: an edge {@code a → b} means {@code a} depends on {@code
 * b}. Unmodifiable; orders are deterministic (ties broken by address order).
 */
public final class DependencyGraph {

  private final Graph<ResourceAddress, DependencyEdge> graph;

  DependencyGraph(Graph<ResourceAddress, DependencyEdge> graph) {
    Graph<ResourceAddress, DependencyEdge> copy = new DefaultDirectedGraph<>(DependencyEdge.class);
    graph.vertexSet().forEach(copy::addVertex);
    graph.edgeSet().forEach(e -> copy.addEdge(e.from(), e.to(), e));
    this.graph = new AsUnmodifiableGraph<>(copy);
  }

  /** The JGraphT view (unmodifiable). */
  public Graph<ResourceAddress, DependencyEdge> graph() {
    return graph;
  }

  /** Every node, sorted. */
  public List<ResourceAddress> nodes() {
    return graph.vertexSet().stream().sorted().toList();
  }

  /** Every edge, sorted by from, then to. */
  public List<DependencyEdge> edges() {
    return graph.edgeSet().stream()
        .sorted(Comparator.comparing(DependencyEdge::from).thenComparing(DependencyEdge::to))
        .toList();
  }

  /** The edges leaving {@code node}: what it depends on. */
  public Set<DependencyEdge> dependencies(ResourceAddress node) {
    return graph.outgoingEdgesOf(node);
  }

  /** The edges entering {@code node}: what depends on it. */
  public Set<DependencyEdge> dependants(ResourceAddress node) {
    return graph.incomingEdgesOf(node);
  }

  /** Dependencies before dependants, ties in address order: the order of creates and updates. */
  public List<ResourceAddress> creationOrder() {
    return order(new EdgeReversedGraph<>(graph));
  }

  /** Dependants before dependencies, ties in address order: the order of deletes. */
  public List<ResourceAddress> deletionOrder() {
    return order(graph);
  }

  private static List<ResourceAddress> order(Graph<ResourceAddress, DependencyEdge> g) {
    List<ResourceAddress> order = new ArrayList<>();
    new TopologicalOrderIterator<>(g, Comparator.<ResourceAddress>naturalOrder())
        .forEachRemaining(order::add);
    return List.copyOf(order);
  }
}
