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
   * Every {@code *.yaml}/{@code *.yml} regular file or symbolic link under {@code dir}, skipping
   * dot-directories and dot-files, as paths relative to {@code dir}, sorted.
   */
  static List<Path> potfiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> found = new ArrayList<>();
      // a linked Potfile counts: the loader refuses it, located, rather than a guard's "no Potfile"
      walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
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
