package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.potctl.controller.testkit.Run;
import org.potctl.state.sim.SimHalt;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalReader;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6: a fresh apply of exactly 20 steps, killed ({@code kill -9}, through the simulator's
 * {@code halt=}) before each of its steps and in the middle of each {@code pot create}; the next
 * apply must converge without help, to the very host an uninterrupted apply makes.
 */
class KillFreshApplyTest {

  static final String POTS =
      """
      version: 1
      fscomps:
        data: {protect: false, properties: {compression: gzip}}
        logs: {protect: false}
      pots:
        db:
          base: "14.1"
          mounts:
            - {fscomp: data, at: /var/db}
          attributes: {no-rc-script: true}
          resources: {cpus: 1}
        web:
          base: "14.1"
          network: {type: public-bridge}
          mounts:
            - {fscomp: logs, at: /var/log/nginx}
          ports: ["80:8080"]
          env: {MODE: prod}
          hosts: {backend: 10.192.0.9}
          attributes: {start-at-boot: true}
          depends_on: [db]
      """;

  /** The steps of pot create in the fresh plan (1-based), for the mid-command variants. */
  static final List<Integer> POT_CREATES = List.of(4, 12);

  @TempDir static Path reference;

  static JsonNode converged;

  @TempDir Path dir;

  @BeforeAll
  static void uninterrupted() throws Exception {
    Path spec = CrashRig.spec(reference.resolve("spec"), Map.of("pots.yaml", POTS));
    Path sim = reference.resolve("sim");
    String host = "sim:" + sim;
    Run plan = CrashRig.potctl(host, "plan", spec.toString());
    assertEquals(0, plan.code(), plan.err());
    Run apply = CrashRig.potctl(host, "apply", spec.toString(), "--yes");
    assertEquals(0, apply.code(), apply.out() + apply.err());
    converged = CrashRig.converged(host, sim);
  }

  @Test
  void theFreshPlanHasTwentyStepsAndPotCreatesWhereTheVariantsSayTheyAre() throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", POTS));
    Run plan = CrashRig.potctl("sim:" + dir.resolve("sim"), "plan", spec.toString());
    List<String> steps =
        plan.out().lines().filter(l -> l.matches("\\s+\\d+  .*")).map(String::strip).toList();
    assertEquals(20, steps.size(), plan.out());
    for (int k : POT_CREATES) {
      assertTrue(steps.get(k - 1).startsWith(k + "  pot create -p "), steps.get(k - 1));
    }
  }

  static Stream<String> haltPoints() {
    List<String> points = new ArrayList<>();
    IntStream.rangeClosed(1, 20).forEach(k -> points.add(Integer.toString(k)));
    POT_CREATES.forEach(k -> points.add(k + ":mid"));
    return points.stream();
  }

  @ParameterizedTest(name = "halt={0}")
  @MethodSource("haltPoints")
  void killedAtEveryStepTheNextApplyConverges(String halt) throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", POTS));
    Path sim = dir.resolve("sim");
    String host = "sim:" + sim;
    Path log = dir.resolve("child.log");
    int status =
        CrashRig.child(
            log, host + "?halt=" + halt, "apply", spec.toString(), "--yes", "--parallelism", "1");
    assertEquals(SimHalt.STATUS, status, Files.readString(log));
    ApplyJournal killed = new JournalReader(sim.resolve("state")).last().orElseThrow();
    assertFalse(killed.finished(), "a killed apply writes no apply_finished");
    assertEquals(CrashRig.SPEC_ID, killed.specId().orElseThrow());
    int k = Integer.parseInt(halt.replace(":mid", ""));
    assertEquals(k, killed.startedSteps().size(), "step k started (journaled) and never ended");
    assertEquals(1, killed.unfinishedSteps().size(), "one step was running when it was killed");

    Run replan = CrashRig.potctl(host, "plan", spec.toString());
    assertEquals(0, replan.code(), replan.out() + replan.err());
    if (halt.endsWith(":mid")) {
      assertTrue(
          replan.out().contains("interrupted by apply " + killed.applyId() + ": pot create never"),
          replan.out());
    }
    CrashRig.assertConverges(host, spec, "halt=" + halt);
    assertEquals(converged, CrashRig.converged(host, sim), "halt=" + halt);
  }
}
