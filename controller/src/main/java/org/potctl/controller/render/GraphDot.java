package org.potctl.controller.render;

import java.util.Map;
import org.potctl.controller.graph.DependencyEdge;
import org.potctl.controller.graph.DependencyGraph;
import org.potctl.controller.plan.Action;
import org.potctl.schema.address.ResourceAddress;

/** The dependency graph in Graphviz DOT, nodes labelled with their planned action. */
public final class GraphDot {

  private GraphDot() {}

  /** DOT text; an edge {@code a -> b} means {@code a} depends on {@code b}. */
  public static String write(DependencyGraph graph, Map<ResourceAddress, Action> actions) {
    StringBuilder b = new StringBuilder("digraph potctl {\n  rankdir=LR;\n  node [shape=box];\n");
    for (ResourceAddress a : graph.nodes()) {
      Action action = actions.getOrDefault(a, Action.NOOP);
      b.append("  ")
          .append(quote(a.toString()))
          .append(" [label=")
          .append(quote(a + "\\n" + action.jsonName()))
          .append("];\n");
    }
    for (DependencyEdge e : graph.edges()) {
      b.append("  ")
          .append(quote(e.from().toString()))
          .append(" -> ")
          .append(quote(e.to().toString()))
          .append(" [label=")
          .append(quote(e.kind().label()))
          .append("];\n");
    }
    return b.append("}\n").toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\\\"") + "\"";
  }
}
