package org.potctl.controller.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Facts about a spec directory needed before planning or applying. */
final class SpecDirs {

  private SpecDirs() {}

  /**
   * Whether {@code dir} holds at least one Potfile ({@code *.yaml}, {@code *.yml}, outside
   * dot-directories). An unreadable directory holds none: it must not lead to deletions.
   */
  static boolean hasPotfiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(p -> isPotfile(dir, p));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /**
   * The spec directory of {@code potctl adopt|forget [DIR] ADDRESS...}: the first word when it is a
   * directory (taken off {@code words}), else the working directory, as in {@code potctl adopt
   * pot.web} run inside the spec directory.
   */
  static Path leading(java.util.List<String> words) {
    if (!words.isEmpty() && Files.isDirectory(Path.of(words.get(0)))) {
      return Path.of(words.remove(0));
    }
    return Path.of(".");
  }

  private static boolean isPotfile(Path root, Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    if (!(name.endsWith(".yaml") || name.endsWith(".yml")) || !Files.isRegularFile(p)) {
      return false;
    }
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
