package org.potctl.controller.render;

import java.util.Map;
import org.potctl.controller.graph.DependencyEdge;
import org.potctl.controller.graph.DependencyGraph;
import org.potctl.controller.plan.Action;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;

/**
 * {@code graph -o json}: the {@link JsonDocument} {@code {"format_version", "nodes": [{"address",
 * "action"}], "edges": [{"from", "to", "kind"}], "diagnostics"}}; an edge from {@code a} to {@code
 * b} means {@code a} depends on {@code b}, as in the DOT form.
 */
public final class GraphJson {

  private GraphJson() {}

  /** The document, nodes and edges in the graph's (sorted) order. */
  public static String write(
      DependencyGraph graph,
      Map<ResourceAddress, Action> actions,
      Iterable<Diagnostic> diagnostics) {
    return JsonDocument.write(
        g -> {
          g.writeArrayPropertyStart("nodes");
          for (ResourceAddress a : graph.nodes()) {
            g.writeStartObject();
            g.writeStringProperty("address", a.toString());
            g.writeStringProperty("action", actions.getOrDefault(a, Action.NOOP).jsonName());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("edges");
          for (DependencyEdge e : graph.edges()) {
            g.writeStartObject();
            g.writeStringProperty("from", e.from().toString());
            g.writeStringProperty("to", e.to().toString());
            g.writeStringProperty("kind", e.kind().label());
            g.writeEndObject();
          }
          g.writeEndArray();
        },
        diagnostics);
  }
}
