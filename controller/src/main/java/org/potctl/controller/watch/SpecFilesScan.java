package org.potctl.controller.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists the Potfiles of a directory the way the loader finds them (DESIGN.md §2). */
final class SpecFilesScan {

  private SpecFilesScan() {}

  /** Whether {@code dir} is a directory holding at least one Potfile. */
  static boolean hasPotfiles(Path dir) {
    try {
      return Files.isDirectory(dir) && !potfiles(dir).isEmpty();
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /**
   * Every {@code *.yaml}/{@code *.yml} regular file under {@code dir}, skipping dot-directories and
   * dot-files, as paths relative to {@code dir}, sorted.
   */
  static List<Path> potfiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> found = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .map(dir::relativize)
          .filter(SpecFilesScan::visible)
          .filter(SpecFilesScan::isPotfile)
          .sorted()
          .forEach(found::add);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file under {@code dir} outside dot-directories, relative, sorted. */
  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(dir::relativize)
          .filter(SpecFilesScan::visible)
          .sorted()
          .toList();
    }
  }

  private static boolean visible(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPotfile(Path relative) {
    String name = relative.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
