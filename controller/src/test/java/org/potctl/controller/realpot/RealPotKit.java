package org.potctl.controller.realpot;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * What the real-pot kit needs (docs/real-pot.md): pot's source ({@code POTCTL_POT_SRC}, pot 0.16.1
 * extracted outside the repository), and for the sandboxed runs also root, {@code unshare}, {@code
 * nsenter} and the zfs-fuse test pool ({@code POTCTL_ZFS_POOL}). Without them the kit is skipped
 * with a visible NOTICE; {@code REQUIRE_REAL_POT=1} turns the skip into a failure.
 */
final class RealPotKit {

  private RealPotKit() {}

  /** pot's source tree, or the test is skipped (failed under REQUIRE_REAL_POT=1). */
  static Path potSource() {
    String src = System.getenv("POTCTL_POT_SRC");
    if (src == null || src.isBlank() || !Files.isRegularFile(Path.of(src, "bin/pot"))) {
      skip(
          "the real-pot kit needs POTCTL_POT_SRC (pot 0.16.1 extracted outside the repository,"
              + " see docs/real-pot.md)");
    }
    return Path.of(src);
  }

  /** The zfs-fuse pool of the sandboxes, after checking root and the namespace tools. */
  static String sandboxPool() {
    List<String> missing = new ArrayList<>();
    String pool = System.getenv("POTCTL_ZFS_POOL");
    if (pool == null || pool.isBlank()) {
      missing.add("POTCTL_ZFS_POOL (./run-tests sets up zfs-fuse as root)");
    }
    if (!"root".equals(System.getProperty("user.name"))) {
      missing.add("root (mount namespaces, bind mounts)");
    }
    for (String tool : List.of("unshare", "nsenter", "flock", "python3", "xz")) {
      if (!onPath(tool)) {
        missing.add(tool);
      }
    }
    if (!missing.isEmpty()) {
      skip("the real-pot sandbox needs " + String.join(", ", missing));
    }
    return pool;
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  private static void skip(String why) {
    if ("1".equals(System.getenv("REQUIRE_REAL_POT"))) {
      fail("REQUIRE_REAL_POT=1 but " + why);
    }
    System.err.println("NOTICE: real-pot kit SKIPPED: " + why);
    Assumptions.abort(why);
  }
}
