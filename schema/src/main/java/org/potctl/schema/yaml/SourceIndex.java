package org.potctl.schema.yaml;

import java.util.Map;
import java.util.Optional;
import org.potctl.schema.diag.SourceLocation;

/**
 * Where each node of a Potfile tree starts, and where each mapping key starts.
 *
 * @param file the Potfile
 * @param values the start of each node, by path
 * @param keys the start of the key that introduces each mapping value, by the value's path
 */
public record SourceIndex(
    java.nio.file.Path file,
    Map<JsonPath, SourceLocation> values,
    Map<JsonPath, SourceLocation> keys) {

  /** Copies the maps. */
  public SourceIndex {
    values = Map.copyOf(values);
    keys = Map.copyOf(keys);
  }

  /** The start of the node at {@code path}, or of its nearest indexed ancestor, or the file. */
  public SourceLocation locate(JsonPath path) {
    for (JsonPath p = path; ; p = p.parent()) {
      SourceLocation loc = values.get(p);
      if (loc != null) {
        return loc;
      }
      if (p.isRoot()) {
        return SourceLocation.startOf(file);
      }
    }
  }

  /** The start of the key naming {@code path}; falls back to {@link #locate}. */
  public SourceLocation locateKey(JsonPath path) {
    return Optional.ofNullable(keys.get(path)).orElseGet(() -> locate(path));
  }
}
