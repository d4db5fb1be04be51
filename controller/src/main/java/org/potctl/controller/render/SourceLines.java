package org.potctl.controller.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads source lines for snippets, each file at most once; unreadable or huge files give none. */
final class SourceLines {

  private static final long MAX_BYTES = 4 << 20;

  private final Map<Path, List<String>> cache = new HashMap<>();

  /** Line {@code line} (1-based) of {@code file}, if it can be read. */
  Optional<String> line(Path file, int line) {
    List<String> lines = cache.computeIfAbsent(file, SourceLines::read);
    return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
  }

  private static List<String> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return List.of();
      }
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
