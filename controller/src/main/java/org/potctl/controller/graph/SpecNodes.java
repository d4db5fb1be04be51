package org.potctl.controller.graph;

import java.util.List;
import org.jgrapht.Graph;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.PotType;

/** Adds a node per declared resource, and a base node per release a multi pot is layered on. */
final class SpecNodes implements GraphStep {

  @Override
  public void apply(
      GraphInput input, Graph<ResourceAddress, DependencyEdge> graph, List<Diagnostic> d) {
    input.spec().addresses().forEach(graph::addVertex);
    input.spec().pots().values().stream()
        .filter(p -> p.type() == PotType.MULTI)
        .forEach(p -> graph.addVertex(p.baseAddress()));
  }
}
