package org.potctl.controller.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.potctl.controller.apply.TestPlans;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.sim.BulkFixture;
import org.potctl.state.sim.FixtureSpec;
import org.potctl.state.sim.SimulatedHost;

/**
 * The apply benchmark's plan: 50 pots, mostly starts and configuration. Every tenth pot is new
 * ({@code pot create}); the others exist, stopped and bare. Each pot gets its fscomp mounted, a
 * port exported, {@code start-at-boot} set and is started (waiting for its jail and redirect); a
 * pot starts after the previous one in chains of four, like {@code depends_on}.
 */
final class ApplyScenario {

  static final int POTS = 50;

  private ApplyScenario() {}

  static String name(int i) {
    return String.format("a%02d", i);
  }

  static boolean isNew(int i) {
    return i % 10 == 9;
  }

  /** Puts the existing (stopped, bare) pots and every fscomp on {@code host}. */
  static void prepare(SimulatedHost host) {
    List<FixtureSpec.Pot> pots = new ArrayList<>();
    List<String> fscomps = new ArrayList<>();
    for (int i = 0; i < POTS; i++) {
      fscomps.add(name(i) + "-data");
      if (!isNew(i)) {
        pots.add(
            new FixtureSpec.Pot(
                name(i),
                "14.1",
                "public-bridge",
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                new TreeMap<>(),
                List.of(),
                false));
      }
    }
    BulkFixture.populate(host, new FixtureSpec(List.of("14.1"), List.of(), fscomps, pots));
  }

  static Plan plan() {
    List<Step> steps = new ArrayList<>();
    int[] startOf = new int[POTS];
    for (int i = 0; i < POTS; i++) {
      String p = name(i);
      ResourceAddress address = ResourceAddress.pot(p);
      int port = 21000 + i;
      if (isNew(i)) {
        add(
            steps,
            address,
            List.of("pot", "create", "-p", p, "-b", "14.1", "-t", "single", "-N", "public-bridge"),
            List.of(),
            Readiness.NONE);
      }
      add(
          steps,
          address,
          List.of("pot", "mount-in", "-p", p, "-f", p + "-data", "-m", "/var/db/app"),
          List.of(),
          Readiness.NONE);
      add(
          steps,
          address,
          List.of("pot", "export-ports", "-p", p, "-e", "80:" + port),
          List.of(),
          Readiness.NONE);
      add(
          steps,
          address,
          List.of("pot", "set-attribute", "-p", p, "-A", "start-at-boot", "-V", "YES"),
          List.of(),
          Readiness.NONE);
      List<Integer> after = i % 4 == 0 ? List.of() : List.of(startOf[i - 1]);
      startOf[i] =
          add(
              steps,
              address,
              List.of("pot", "start", "-p", p),
              after,
              new Readiness.PotRunning(p, List.of("tcp/" + port)));
    }
    return new Plan(
        "bench-apply",
        "sha256:bench",
        "sim",
        "sha256:bench",
        List.of(),
        steps,
        List.of(),
        new TreeMap<>());
  }

  private static int add(
      List<Step> steps,
      ResourceAddress address,
      List<String> argv,
      List<Integer> after,
      Readiness ready) {
    List<Integer> deps = new ArrayList<>(after);
    for (int k = steps.size() - 1; k >= 0; k--) {
      if (steps.get(k).address().equals(address)) {
        deps.add(steps.get(k).id());
        break;
      }
    }
    int id = steps.size() + 1;
    steps.add(
        new Step(
            id, address, TestPlans.kindOf(argv), argv, "", deps.stream().sorted().toList(), ready));
    return id;
  }
}
