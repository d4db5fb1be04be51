package org.potctl.controller.render;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.potctl.controller.graph.DependencyEdge;
import org.potctl.controller.graph.DependencyGraph;
import org.potctl.controller.plan.Action;
import org.potctl.schema.address.ResourceAddress;

/**
 * The dependency graph in Graphviz DOT (jgrapht-io's {@link DOTExporter}), nodes labelled with
 * their planned action, in address order.
 */
public final class GraphDot {

  private GraphDot() {}

  /**
   * DOT text; an edge {@code a -> b} means {@code a} depends on {@code b}. A label's line break is
   * DOT's {@code \n} escape (the exporter escapes only double quotes).
   */
  public static String write(DependencyGraph graph, Map<ResourceAddress, Action> actions) {
    DOTExporter<ResourceAddress, DependencyEdge> exporter = new DOTExporter<>(GraphDot::id);
    exporter.setGraphIdProvider(() -> "potctl");
    exporter.setGraphAttributeProvider(() -> attributes("rankdir", "LR"));
    exporter.setVertexAttributeProvider(
        a ->
            attributes(
                "shape",
                "box",
                "label",
                a + "\\n" + actions.getOrDefault(a, Action.NOOP).jsonName()));
    exporter.setEdgeAttributeProvider(e -> attributes("label", e.kind().label()));
    StringWriter out = new StringWriter();
    exporter.exportGraph(sorted(graph), out);
    return out.toString();
  }

  /** A copy whose vertex and edge sets iterate in the graph's sorted order (the exporter's). */
  private static Graph<ResourceAddress, DependencyEdge> sorted(DependencyGraph graph) {
    Graph<ResourceAddress, DependencyEdge> copy = new DefaultDirectedGraph<>(DependencyEdge.class);
    graph.nodes().forEach(copy::addVertex);
    graph.edges().forEach(e -> copy.addEdge(e.from(), e.to(), e));
    return copy;
  }

  /** A node's DOT id: its address as a quoted string (the exporter checks it is a valid id). */
  private static String id(ResourceAddress a) {
    return "\"" + a.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static Map<String, Attribute> attributes(String... keysAndValues) {
    Map<String, Attribute> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], DefaultAttribute.createAttribute(keysAndValues[i + 1]));
    }
    return map;
  }
}
