package org.potctl.controller.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the main sources of {@code schema}, {@code state} and {@code controller} has
 * no cycle. Edges come from the code only (imports and fully qualified names), with comments and
 * string literals removed first, so a {@code {@link}} in a doc comment is no dependency.
 */
class PackageCyclesTest {

  private static final List<String> MODULES = List.of("schema", "state", "controller");
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(org\\.potctl(?:\\.[a-z_][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");

  /** Which files make each edge, for the failure message. */
  private final Map<String, Set<String>> evidence = new TreeMap<>();

  @Test
  void theMainSourcesOfTheThreeModulesHaveNoPackageCycle() throws IOException {
    Graph<String, DefaultEdge> graph = packageGraph(ExternalTool.repoRoot());
    assertTrue(graph.vertexSet().size() > 30, "packages found: " + graph.vertexSet());
    assertTrue(graph.containsEdge("org.potctl.controller.cli", "org.potctl.controller"));
    assertEquals(List.of(), cycles(graph));
  }

  @Test
  void aCycleIsFoundAndNamed() {
    Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (String v : List.of("a", "b", "c", "d")) {
      graph.addVertex(v);
    }
    graph.addEdge("a", "b");
    graph.addEdge("b", "c");
    graph.addEdge("c", "a");
    graph.addEdge("c", "d");
    evidence.put("b -> c", Set.of("B.java"));
    assertEquals(List.of("a -> b -> c (B.java) -> a"), cycles(graph));
  }

  private Graph<String, DefaultEdge> packageGraph(Path root) throws IOException {
    Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (String module : MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          addEdges(graph, root.relativize(file).toString(), code(Files.readString(file)));
        }
      }
    }
    return graph;
  }

  private void addEdges(Graph<String, DefaultEdge> graph, String file, String code) {
    Matcher p = PACKAGE.matcher(code);
    if (!p.find()) {
      return;
    }
    String from = p.group(1);
    graph.addVertex(from);
    Matcher m = REFERENCE.matcher(code.substring(p.end()));
    while (m.find()) {
      String to = m.group(1);
      if (!to.equals(from)) {
        graph.addVertex(to);
        graph.addEdge(from, to);
        evidence.computeIfAbsent(from + " -> " + to, k -> new TreeSet<>()).add(file);
      }
    }
  }

  /** One shortest cycle per strongly connected set of packages, each edge with its files. */
  private List<String> cycles(Graph<String, DefaultEdge> graph) {
    List<String> found = new ArrayList<>();
    for (Set<String> component :
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      if (component.size() < 2) {
        continue;
      }
      Graph<String, DefaultEdge> sub = new AsSubgraph<>(graph, component);
      String start = new TreeSet<>(component).first();
      List<String> shortest = null;
      for (DefaultEdge e : sub.outgoingEdgesOf(start)) {
        GraphPath<String, DefaultEdge> back =
            BFSShortestPath.findPathBetween(sub, sub.getEdgeTarget(e), start);
        if (back != null && (shortest == null || back.getLength() + 2 < shortest.size())) {
          shortest = new ArrayList<>(List.of(start));
          shortest.addAll(back.getVertexList());
        }
      }
      found.add(describe(shortest));
    }
    return found;
  }

  private String describe(List<String> cycle) {
    StringBuilder s = new StringBuilder(cycle.get(0));
    for (int i = 1; i < cycle.size(); i++) {
      s.append(" -> ").append(cycle.get(i));
      Set<String> files = evidence.get(cycle.get(i - 1) + " -> " + cycle.get(i));
      if (files != null) {
        s.append(" (").append(String.join(", ", files)).append(')');
      }
    }
    return s.toString();
  }

  /** {@code source} without comments and string, text-block and character literals. */
  static String code(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        i = lineEnd(source, i);
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        i = literalEnd(source, i, c);
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int lineEnd(String s, int i) {
    int end = s.indexOf('\n', i);
    return end < 0 ? s.length() : end;
  }

  private static int literalEnd(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
      i += s.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, s.length());
  }
}
