package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
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

  /** A fresh {@code POOL/potctl-it-<random>}, or a skip (a failure with REQUIRE_ZFS=1). */
  private static String root() {
    String pool = System.getenv("POTCTL_ZFS_POOL");
    if (pool == null || pool.isBlank()) {
      String why = "real ZFS tests need POTCTL_ZFS_POOL (./run-tests sets up zfs-fuse as root)";
      if ("1".equals(System.getenv("REQUIRE_ZFS"))) {
        fail("REQUIRE_ZFS=1 but " + why);
      }
      System.err.println("NOTICE: ZFS integration tests SKIPPED: " + why);
      Assumptions.abort("ZFS tests skipped: " + why);
    }
    String root = pool + "/potctl-it-" + UUID.randomUUID().toString().substring(0, 8);
    ROOTS.add(root);
    return root;
  }

  private static void destroy(Path simDir, String root) {
    new SimulatedHost(SimOptions.parse(simDir + "?zfs=real:" + root))
        .run(Command.of("zfs", "destroy", "-r", "-f", root));
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
