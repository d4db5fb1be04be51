package org.potctl.controller.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6, second scenario on the simulated host: v1 applied, then a v2 that replaces both pots and
 * deletes an fscomp ({@code --allow-data-loss}), killed before each step, in the middle of each
 * {@code pot create} and right after each {@code zfs set mountpoint=none} of a move into the trash;
 * the rerun converges to the host an uninterrupted v2 makes and the fscomp's file survives.
 */
class KillReplaceApplyTest {

  @TempDir static Path reference;

  static JsonNode converged;

  /** Every test works here (the simulator keeps absolute paths), restored from {@link #v1}. */
  static Path work;

  static Path v1;

  @BeforeAll
  static void uninterrupted() throws Exception {
    work = reference.resolve("work");
    v1 = reference.resolve("v1");
    Path sim = work.resolve("sim");
    Path spec = ReplaceScenario.v1Applied(work, "sim:" + sim, sim.resolve("fsroot"));
    ReplaceScenario.copyTree(work, v1);
    converged = ReplaceScenario.uninterruptedFrom(spec, "sim:" + sim, sim);
  }

  static List<String> haltPoints() {
    return ReplaceScenario.haltPoints();
  }

  @ParameterizedTest(name = "halt={0}")
  @MethodSource("haltPoints")
  void killedAnywhereInTheReplaceTheNextApplyConverges(String halt) throws Exception {
    ReplaceScenario.copyTree(v1, work);
    Path sim = work.resolve("sim");
    ReplaceScenario.killAndRerunFrom(work.resolve("spec"), "sim:" + sim, sim, halt, converged);
  }
}
