package org.potctl.controller.graph;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;

/** Builds the {@link DependencyGraph} by running {@link #steps()} in order. Pure. */
public final class GraphBuilder {

  private GraphBuilder() {}

  /**
   * The steps, in order. Nodes come before edges (an edge needs both ends); orphans before observed
   * edges (those connect to them); the cycle check last, over the finished graph.
   */
  public static List<GraphStep> steps() {
    return List.of(
        new SpecNodes(), new OrphanNodes(), new SpecEdges(), new ObservedEdges(), new CycleCheck());
  }

  /** Builds the graph of {@code input}; cycles are reported as error diagnostics. */
  public static Result build(GraphInput input) {
    Graph<ResourceAddress, DependencyEdge> graph = new DefaultDirectedGraph<>(DependencyEdge.class);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (GraphStep step : steps()) {
      step.apply(input, graph, diagnostics);
    }
    return new Result(new DependencyGraph(graph), diagnostics);
  }

  /**
   * A built graph and the problems found while building it.
   *
   * @param graph the graph (its orders are only defined when there are no errors)
   * @param diagnostics cycle errors, sorted
   */
  public record Result(DependencyGraph graph, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the graph has a cycle. */
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }
}
