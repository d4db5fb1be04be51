package org.potctl.controller.graph;

import java.util.List;
import org.jgrapht.Graph;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;

/** One named step of building the graph (Terraform's graph transformer). */
@FunctionalInterface
public interface GraphStep {

  /**
   * Adds nodes or edges to {@code graph}, or reports problems to {@code diagnostics}.
   *
   * @param input the spec and host
   * @param graph the graph built so far
   * @param diagnostics where problems go; a step never throws for a problem of the input
   */
  void apply(
      GraphInput input, Graph<ResourceAddress, DependencyEdge> graph, List<Diagnostic> diagnostics);
}
