package org.potctl.controller.realpot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The kit's scripts ({@code src/test/resources/realpot}) and what they log for the kit. */
final class KitScripts {

  private KitScripts() {}

  /** The kit's directory on the test class path. */
  static Path source() throws IOException {
    try {
      return Path.of(KitScripts.class.getResource("/realpot/sandbox.sh").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  /** Copies the kit's scripts out of the test class path to {@code to}, executable. */
  static Path copy(Path to) throws IOException {
    copyTree(source(), to, true);
    return to;
  }

  /** Copies the tree {@code from} into {@code to}, its files made executable if asked. */
  static void copyTree(Path from, Path to, boolean executable) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
          if (executable) {
            target.toFile().setExecutable(true, false);
          }
        }
      }
    }
  }

  /**
   * The kit's {@code zfs} logs each extra try of de-init's busy {@code zfs destroy -r} of the
   * sandbox's root in {@code state/zfs-retries.log} (bin/zfs); {@link #print} shows the lines
   * logged since its last call on stderr, so a run's output says which de-init needed them.
   */
  static final class RetryLog {

    private final Path log;
    private int shown;

    RetryLog(Path sandbox) {
      this.log = sandbox.resolve("state/zfs-retries.log");
    }

    void print() {
      try {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        for (String line : lines.subList(Math.min(shown, lines.size()), lines.size())) {
          System.err.println("real-pot kit: " + line);
        }
        shown = Math.max(shown, lines.size());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
