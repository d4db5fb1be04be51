package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.potctl.controller.testkit.RealZfsRoot;
import tools.jackson.databind.JsonNode;

/**
 * {@link KillReplaceApplyTest} on real ZFS ({@code sim:DIR?zfs=real:POOL}, zfs-fuse under {@code
 * ./run-tests}): the fscomp's file really lives on a ZFS dataset and survives every kill, the moves
 * into the trash really unmount and rename.
 */
class KillReplaceApplyZfsIT {

  @TempDir static Path reference;

  static JsonNode converged;

  private static final List<String> ROOTS = new ArrayList<>();

  @TempDir Path dir;

  private static String root() {
    String root = RealZfsRoot.fresh();
    ROOTS.add(root);
    return root;
  }

  private static void destroy(Path simDir, String root) {
    RealZfsRoot.destroy(simDir, root);
  }

  @BeforeAll
  static void uninterrupted() throws Exception {
    Path sim = reference.resolve("sim");
    String root = root();
    try {
      converged = ReplaceScenario.uninterrupted(reference, "sim:" + sim + "?zfs=real:" + root, sim);
    } finally {
      destroy(sim, root);
    }
  }

  @AfterAll
  static void forget() {
    ROOTS.clear();
  }

  private String root;

  @AfterEach
  void destroyRoot() {
    if (root != null) {
      destroy(dir.resolve("sim"), root);
    }
  }

  static List<String> haltPoints() {
    return ReplaceScenario.haltPoints();
  }

  @ParameterizedTest(name = "halt={0}")
  @MethodSource("haltPoints")
  void killedAnywhereTheFilesInTheFscompSurviveAndTheRerunConverges(String halt) throws Exception {
    Path sim = dir.resolve("sim");
    root = root();
    ReplaceScenario.killAndRerun(dir, "sim:" + sim + "?zfs=real:" + root, sim, halt, converged);
  }
}
