package org.potctl.schema.yaml;

import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One parsed Potfile.
 *
 * @param file the file as reported in diagnostics (spec directory joined with {@code relative})
 * @param relative the path relative to the spec directory, with {@code /} separators
 * @param content the raw text (for the spec digest)
 * @param root the tree; never {@code null} (a {@code NullNode} for an empty file)
 * @param index where every node starts
 */
public record PotfileDocument(
    Path file, String relative, String content, JsonNode root, SourceIndex index) {

  /** Checks every part is present. */
  public PotfileDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(relative, "relative");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(index, "index");
  }

  /** The node at {@code path}, or a missing node. */
  public JsonNode at(JsonPath path) {
    JsonNode node = root;
    for (Object s : path.segments()) {
      node = s instanceof Integer i ? node.path(i) : node.path((String) s);
    }
    return node;
  }
}
