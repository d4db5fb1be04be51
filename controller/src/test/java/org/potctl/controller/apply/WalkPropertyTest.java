package org.potctl.controller.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;

/** Random plans with random failures: the walk's rules hold for every seed. */
class WalkPropertyTest {

  private static final List<String> VERBS = List.of("create", "start", "set-env", "clone");

  private static Plan randomPlan(Random random, int size) {
    List<Step> steps = new ArrayList<>();
    for (int id = 1; id <= size; id++) {
      List<Integer> after = new ArrayList<>();
      for (int d = 1; d < id; d++) {
        if (random.nextInt(size) < 2) {
          after.add(d);
        }
      }
      String pot = "p" + random.nextInt(Math.max(1, size / 3));
      String verb = VERBS.get(random.nextInt(VERBS.size()));
      List<String> argv = new ArrayList<>(List.of("pot", verb, "-p", pot));
      if (random.nextInt(8) == 0) {
        argv.add("fail");
      }
      steps.add(
          new Step(
              id,
              ResourceAddress.pot(pot),
              TestPlans.kindOf(argv),
              argv,
              "",
              after,
              Readiness.NONE));
    }
    return TestPlans.plan("spec", List.of(), steps, new TreeMap<>());
  }

  private static final CommandRunner FAKE =
      c -> {
        try {
          Thread.sleep(0, (int) (Math.random() * 200_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        int status = c.argv().contains("fail") ? 1 : 0;
        return new CommandResult(status, "", status == 0 ? "" : "failed\n", Duration.ZERO);
      };

  @Test
  void everyRandomPlanRespectsDependenciesLockOrderAndUpstreamFailures() {
    for (int seed = 1; seed <= 60; seed++) {
      Random random = new Random(seed);
      Plan plan = randomPlan(random, 5 + random.nextInt(60));
      RecordingListener l = new RecordingListener();
      ApplyOptions options = ApplyOptions.builder().parallelism(1 + random.nextInt(6)).build();
      ApplyReport report = Applier.create(FAKE).apply(plan, options, l);
      check("seed " + seed, plan, report, l);
    }
  }

  private static void check(String what, Plan plan, ApplyReport report, RecordingListener l) {
    assertEquals(plan.steps().size(), report.steps().size(), what);
    assertEquals(plan.steps().size(), l.results.size(), what);
    StepGraph graph = new StepGraph(plan.steps());
    Map<Integer, Integer> startAt = new HashMap<>();
    Map<Integer, Integer> endAt = new HashMap<>();
    for (int i = 0; i < l.events.size(); i++) {
      String[] e = l.events.get(i).split(" ");
      (e[0].equals("start") ? startAt : endAt).put(Integer.parseInt(e[1]), i);
    }
    int lastSerial = 0;
    Integer serialEnd = -1;
    for (Step s : plan.steps()) {
      StepResult r = l.results.get(s.id());
      boolean ran = startAt.containsKey(s.id());
      assertEquals(r.status() != StepStatus.SKIPPED, ran, what + " step " + s.id());
      if (r.status() == StepStatus.FAILED) {
        assertTrue(s.argv().contains("fail"), what + " step " + s.id() + " failed: " + r.detail());
      }
      if (ran) {
        for (int d : graph.dependencies(s.id())) {
          assertEquals(StepStatus.APPLIED, l.results.get(d).status(), what);
          assertTrue(endAt.get(d) < startAt.get(s.id()), what + " step " + s.id() + " before " + d);
        }
      } else {
        assertTrue(r.detail().startsWith("upstream failed: "), what + ": " + r.detail());
        assertTrue(hasFailedAncestor(graph, l, s.id(), r.detail()), what + " step " + s.id());
      }
    }
    List<Integer> serialStarts = new ArrayList<>();
    for (String e : l.events) {
      if (e.startsWith("start ")
          && StepGraph.serial(graph.step(Integer.parseInt(e.substring(6))))) {
        serialStarts.add(Integer.parseInt(e.substring(6)));
      }
    }
    for (int id : serialStarts) {
      assertTrue(id > lastSerial, what + ": serial steps out of plan order: " + serialStarts);
      assertTrue(startAt.get(id) > serialEnd, what + ": serial steps overlapped at " + id);
      lastSerial = id;
      serialEnd = endAt.get(id);
    }
  }

  private static boolean hasFailedAncestor(
      StepGraph graph, RecordingListener l, int id, String reason) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> todo = new ArrayList<>(graph.dependencies(id));
    while (!todo.isEmpty()) {
      int d = todo.remove(todo.size() - 1);
      if (!seen.add(d)) {
        continue;
      }
      StepResult r = l.results.get(d);
      if (r.status() == StepStatus.FAILED
          && reason.equals("upstream failed: " + r.step().address())) {
        return true;
      }
      todo.addAll(graph.dependencies(d));
    }
    return false;
  }
}
