package org.potctl.controller.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.potctl.controller.render.PlanText;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.model.PotSpec;
import org.potctl.schema.model.Spec;
import org.potctl.state.model.HostState;

/**
 * Safety properties over random specs and random host mutations (Nomad's style, seeded): after a
 * plan's steps ran on the simulator the next plan is empty; steps come in an order that respects
 * every {@code after} and every {@code depends_on}; no step names an object this spec id does not
 * own (another spec's pot, an unstamped fscomp).
 */
class PlannerPropertyTest {

  private static final String ID = "prop";

  @TempDir Path dir;

  private int applies;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void randomSpecsAndMutationsConverge(long seed) {
    Random random = new Random(seed);
    RandomSpecs specs = new RandomSpecs(random);
    SimFixture host = new SimFixture(dir.resolve("sim"));
    strangers(host);
    Spec first = specs.next();
    converge(host, first);
    mutate(host, first, random);
    converge(host, first);
    Spec second = specs.next();
    converge(host, second);
  }

  /** Objects potctl must never touch: an unstamped fscomp and another spec's pot. */
  private static void strangers(SimFixture host) {
    host.run("pot", "create-fscomp", "-f", "foreign");
    host.run("pot", "create", "-p", "alien", "-t", "single", "-b", "14.1");
    host.run("zfs", "set", "potctl:owner=other", "zroot/pot/jails/alien");
  }

  private void converge(SimFixture host, Spec spec) {
    Plan plan = host.plan(spec, "random", ID, "apply-" + ++applies);
    assertFalse(plan.hasErrors(), plan.diagnostics() + "\n" + PlanText.write(plan, false));
    checkOrder(plan, spec);
    checkOwnership(plan, host.observe());
    host.apply(plan);
    Plan again = host.plan(spec, "random", ID, "apply-" + ++applies);
    assertEquals(
        List.of(),
        again.steps(),
        PlanText.write(plan, false) + "\nthen\n" + PlanText.write(again, false));
  }

  private static void mutate(SimFixture host, Spec spec, Random random) {
    HostState now = host.observe();
    for (PotSpec pot : spec.pots().values()) {
      switch (random.nextInt(6)) {
        case 0 -> {
          if (now.isRunning(pot.name())) {
            host.run("pot", "stop", "-p", pot.name());
          }
        }
        case 1 ->
            host.run("pot", "set-attribute", "-p", pot.name(), "-A", "start-at-boot", "-V", "YES");
        case 2 -> host.run("pot", "set-env", "-p", pot.name(), "-E", "DRIFT=1");
        case 3 -> host.run("pot", "set-rss", "-p", pot.name(), "-C", "3");
        case 4 -> host.run("pot", "set-hosts", "-p", pot.name(), "-H", "drift:10.0.0.9");
        default -> {}
      }
    }
    for (String f : spec.fscomps().keySet()) {
      if (random.nextBoolean()) {
        host.run("zfs", "set", "quota=5G", "zroot/pot/fscomp/" + f);
      }
    }
  }

  /** Ids ascend along after; a pot starts after the pots it depends on. */
  private static void checkOrder(Plan plan, Spec spec) {
    Map<Integer, Step> byId = new TreeMap<>();
    for (Step s : plan.steps()) {
      assertEquals(byId.size() + 1, s.id());
      s.after().forEach(a -> assertTrue(a < s.id() && byId.containsKey(a), "step " + s.id()));
      byId.put(s.id(), s);
    }
    for (PotSpec pot : spec.pots().values()) {
      Step start = start(plan, pot.name());
      for (String dep : pot.dependsOn()) {
        Step depStart = start(plan, dep);
        if (start != null && depStart != null) {
          assertTrue(
              reaches(byId, start.id(), depStart.id()),
              "start of " + pot.name() + " must wait for the start of " + dep);
        }
      }
    }
  }

  private static Step start(Plan plan, String pot) {
    return plan.steps().stream()
        .filter(s -> s.argv().equals(List.of("pot", "start", "-p", pot)))
        .findFirst()
        .orElse(null);
  }

  private static boolean reaches(Map<Integer, Step> byId, int from, int to) {
    Deque<Integer> todo = new ArrayDeque<>(List.of(from));
    Set<Integer> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      int id = todo.pop();
      if (id == to) {
        return true;
      }
      if (seen.add(id)) {
        todo.addAll(byId.get(id).after());
      }
    }
    return false;
  }

  /** Every step's words name only this spec's objects; strangers never appear. */
  private static void checkOwnership(Plan plan, HostState host) {
    for (Step s : plan.steps()) {
      String line = String.join(" ", s.argv());
      assertFalse(line.contains("foreign") || line.contains("alien"), line);
      ResourceAddress a = s.address();
      if (a.kind() == org.potctl.schema.address.ResourceKind.POT) {
        String ds = host.config().potDataset(a.name());
        boolean absent = !host.datasets().containsKey(ds);
        assertTrue(absent || host.datasets().get(ds).ownedBy(ID), line);
      }
      if (a.kind() == org.potctl.schema.address.ResourceKind.FSCOMP) {
        String ds = host.config().fscompDataset(a.name());
        boolean absent = !host.datasets().containsKey(ds);
        assertTrue(absent || host.datasets().get(ds).ownedBy(ID), line);
      }
    }
  }
}
