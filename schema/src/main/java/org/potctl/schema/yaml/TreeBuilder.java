package org.potctl.schema.yaml;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.SourceLocation;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a Jackson tree from parser events without recursion, indexing every node's start and
 * enforcing {@link YamlLimits}. The first problem ends the document with a {@link Stop}.
 */
final class TreeBuilder {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Path file;
  private final YamlLimits limits;
  private final Map<JsonPath, SourceLocation> values = new HashMap<>();
  private final Map<JsonPath, SourceLocation> keys = new HashMap<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private JsonNode root;
  private int nodes;
  private int aliases;
  private int duplicates;

  TreeBuilder(Path file, YamlLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** Thrown to end the document at the first fatal problem. */
  static final class Stop extends RuntimeException {
    final transient Diagnostic diagnostic;

    Stop(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }
  }

  private record Anchored(JsonNode node, int size) {}

  private static final class Frame {
    final JsonPath path;
    final ContainerNode<?> node;
    final Optional<String> anchor;
    final int nodesAtStart;
    String pendingKey;
    boolean discard;

    Frame(JsonPath path, ContainerNode<?> node, Optional<String> anchor, int nodesAtStart) {
      this.path = path;
      this.node = node;
      this.anchor = anchor;
      this.nodesAtStart = nodesAtStart;
    }
  }

  private final List<Diagnostic> problems = new ArrayList<>();

  Optional<JsonNode> root() {
    return Optional.ofNullable(root);
  }

  SourceIndex index() {
    return new SourceIndex(file, values, keys);
  }

  List<Diagnostic> problems() {
    return List.copyOf(problems);
  }

  void accept(Event event) {
    switch (event.getEventId()) {
      case Scalar -> scalar((ScalarEvent) event);
      case Alias -> alias((AliasEvent) event);
      case MappingStart -> open(event, F.objectNode());
      case SequenceStart -> open(event, F.arrayNode());
      case MappingEnd, SequenceEnd -> close();
      default -> {}
    }
  }

  private void scalar(ScalarEvent event) {
    SourceLocation loc = location(event.getStartMark());
    if (event.getValue().length() > limits.maxScalarLength()) {
      throw stop(loc, "value is longer than " + limits.maxScalarLength() + " characters");
    }
    refuseControls(event.getValue(), loc);
    Frame top = stack.peek();
    if (top != null && top.node instanceof ObjectNode && top.pendingKey == null) {
      Optional<String> problem = Scalars.keyProblem(event);
      if (problem.isPresent()) {
        throw stop(loc, problem.get());
      }
      key(top, event.getValue(), loc);
      return;
    }
    JsonNode node =
        Scalars.convert(event)
            .orElseThrow(() -> stop(loc, Scalars.tagProblem(event.getTag().orElse(""), "")));
    count(1, loc);
    attach(node, loc);
    remember(event, node, 1);
  }

  /**
   * Control and bidirectional characters are refused in every key and string value (a tab or a line
   * break is left to the field's own rule, which refuses it where one line is required), so that
   * nothing potctl echoes can rewrite a terminal line or reorder what an operator reads.
   */
  private void refuseControls(String value, SourceLocation loc) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (c != '\t' && c != '\n' && Text.isControl(c)) {
        problems.add(
            Diagnostic.error(
                "",
                String.format("%s character U+%04X is not allowed in a value", Text.kind(c), c),
                loc));
        return;
      }
      i += Character.charCount(c);
    }
  }

  private void key(Frame top, String key, SourceLocation loc) {
    JsonPath path = top.path.child(key);
    SourceLocation first = keys.get(path);
    if (first != null) {
      problems.add(
          Diagnostic.error(
              path.toString(),
              "duplicate key " + Text.quote(key) + " (first defined at " + first + ")",
              loc,
              first));
      top.discard = true;
      top.pendingKey = key + "#duplicate" + duplicates++;
      return;
    }
    keys.put(path, loc);
    top.pendingKey = key;
  }

  private void alias(AliasEvent event) {
    SourceLocation loc = location(event.getStartMark());
    String name = event.getAlias().getValue();
    if (++aliases > limits.maxAliases()) {
      throw stop(loc, "more than " + limits.maxAliases() + " aliases");
    }
    Anchored target = anchors.get(name);
    if (target == null) {
      throw stop(loc, "alias *" + Text.quote(name) + " refers to no anchor defined before it");
    }
    Frame top = stack.peek();
    if (top != null && top.node instanceof ObjectNode && top.pendingKey == null) {
      throw stop(loc, "an alias cannot be a mapping key");
    }
    count(target.size(), loc);
    attach(target.node(), loc);
  }

  private void open(Event event, ContainerNode<?> node) {
    SourceLocation loc = location(event.getStartMark());
    Frame top = stack.peek();
    if (top != null && top.node instanceof ObjectNode && top.pendingKey == null) {
      throw stop(loc, "mapping keys must be plain values, not mappings or sequences");
    }
    Optional<String> tag = ((org.snakeyaml.engine.v2.events.CollectionStartEvent) event).getTag();
    if (tag.isPresent()) {
      throw stop(loc, Scalars.tagProblem(tag.get(), " on a mapping or sequence"));
    }
    if (stack.size() >= limits.maxDepth()) {
      throw stop(loc, "nested deeper than " + limits.maxDepth() + " levels");
    }
    count(1, loc);
    JsonPath path = attach(node, loc);
    Optional<String> anchor = ((NodeEvent) event).getAnchor().map(a -> a.getValue());
    stack.push(new Frame(path, node, anchor, nodes));
  }

  private void close() {
    Frame done = stack.pop();
    done.anchor.ifPresent(
        a -> anchors.put(a, new Anchored(done.node, nodes - done.nodesAtStart + 1)));
  }

  private void remember(ScalarEvent event, JsonNode node, int size) {
    event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Anchored(node, size)));
  }

  private JsonPath attach(JsonNode node, SourceLocation loc) {
    Frame top = stack.peek();
    JsonPath path;
    if (top == null) {
      root = node;
      path = JsonPath.root();
    } else if (top.node instanceof ObjectNode obj) {
      path = top.path.child(top.pendingKey);
      if (!top.discard) {
        obj.set(top.pendingKey, node);
      }
      top.pendingKey = null;
      top.discard = false;
    } else {
      ArrayNode arr = (ArrayNode) top.node;
      path = top.path.index(arr.size());
      arr.add(node);
    }
    values.put(path, loc);
    return path;
  }

  private void count(int added, SourceLocation loc) {
    nodes += added;
    if (nodes > limits.maxNodes()) {
      throw stop(loc, "more than " + limits.maxNodes() + " values (after expanding aliases)");
    }
  }

  private Stop stop(SourceLocation loc, String message) {
    return new Stop(Diagnostic.error("", message, loc));
  }

  SourceLocation location(Optional<Mark> mark) {
    return mark.map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
        .orElseGet(() -> SourceLocation.startOf(file));
  }
}
