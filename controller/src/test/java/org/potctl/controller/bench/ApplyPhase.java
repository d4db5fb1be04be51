package org.potctl.controller.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.potctl.controller.apply.Applier;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyOptions;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.model.PortExport;
import org.potctl.state.model.Pot;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * Apply against a simulator with latency: the applier's wall time against a sequential baseline
 * (the same steps one by one, as a shell script driving pot would) and the critical-path bound; and
 * the applier's own overhead on large plans with an instant host.
 */
final class ApplyPhase {

  static final Duration LATENCY = Duration.ofMillis(50);
  private static final int RUNS = 3;

  private final Path tmp;
  private int run;

  ApplyPhase(Path tmp) {
    this.tmp = tmp;
  }

  private SimulatedHost freshHost(String what) {
    Path dir = tmp.resolve("apply-" + what + "-" + run++);
    ApplyScenario.prepare(new SimulatedHost(SimOptions.of(dir)));
    return new SimulatedHost(new SimOptions(dir, LATENCY, Optional.empty(), Optional.empty()));
  }

  /** Runs the scenario and returns the lines for the results. */
  List<String> run() {
    Plan plan = ApplyScenario.plan();
    List<Double> sequential = new ArrayList<>();
    List<Double> applied = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      SimulatedHost host = freshHost("seq");
      long start = System.nanoTime();
      for (Step s : plan.steps()) {
        Command c = Command.of(s.argv());
        host.run(c).requireSuccess(c);
      }
      sequential.add((System.nanoTime() - start) / 1e6);
      SimulatedHost target = freshHost("apply");
      start = System.nanoTime();
      ApplyReport report =
          Applier.create(target).apply(plan, ApplyOptions.defaults(), ApplyListener.NOOP);
      applied.add((System.nanoTime() - start) / 1e6);
      assertTrue(report.succeeded(), () -> report.steps().toString());
      assertConverged(target);
    }
    double seq = Measure.median(sequential);
    double app = Measure.median(applied);
    CriticalPath cp = CriticalPath.of(plan.steps(), ApplyOptions.DEFAULT_PARALLELISM);
    double bound = cp.boundMs(LATENCY.toMillis());
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "apply, %d pots / %d steps (%d starts), simulator latency %d ms per mutating command,"
                + " parallelism %d: applier %s; sequential baseline %s (%.1fx faster; target"
                + " >= 3x: %s); critical-path bound %s = %s (applier at %.2fx the bound; target <="
                + " 1.15x: %s)",
            ApplyScenario.POTS,
            plan.steps().size(),
            ApplyScenario.POTS,
            LATENCY.toMillis(),
            ApplyOptions.DEFAULT_PARALLELISM,
            Table.ms(app),
            Table.ms(seq),
            seq / app,
            Verdict.of(seq / app >= 3, "the applier's threads wait for a CPU (see the load)"),
            cp.describe(LATENCY.toMillis()),
            Table.ms(bound),
            app / bound,
            Verdict.of(
                app / bound <= 1.15,
                "the applier's own work per step (the instant-host overhead below) and CPU"
                    + " contention")));
    lines.add(overhead());
    return lines;
  }

  /**
   * The apply converged: observed afresh, every pot of the scenario runs with its mount, its port
   * export and its attribute (what the plan's steps set).
   */
  static void assertConverged(SimulatedHost host) {
    HostState state = HostObserver.create(host, HostFiles.local()).observe();
    for (int i = 0; i < ApplyScenario.POTS; i++) {
      String p = ApplyScenario.name(i);
      Pot pot = state.pots().get(p);
      assertNotNull(pot, p + " exists after the apply");
      assertTrue(state.isRunning(p), p + " runs after the apply");
      assertEquals(
          List.of("80:" + (21000 + i)),
          pot.ports().stream().map(PortExport::toPotArgument).toList(),
          p + " ports");
      assertEquals(Optional.of("YES"), pot.attribute("start-at-boot"), p + " start-at-boot");
      assertEquals(1, pot.mounts().size(), p + " mounts");
    }
  }

  /** The applier's own cost per plan size on a host that answers at once. */
  private String overhead() {
    StringBuilder b = new StringBuilder("applier overhead on an instant host (steps: wall):");
    for (int steps : List.of(1_000, 4_000, 16_000)) {
      Plan plan = chainsPlan(steps);
      Measure.Result<ApplyReport> r =
          Measure.run(
              1,
              3,
              () ->
                  Applier.create(c -> new CommandResult(0, "", "", Duration.ZERO))
                      .apply(plan, ApplyOptions.defaults(), ApplyListener.NOOP));
      assertTrue(r.value().succeeded());
      b.append(String.format(Locale.ROOT, " %,d: %s;", steps, Table.ms(r.medianMs())));
    }
    return b.substring(0, b.length() - 1);
  }

  /** {@code steps} steps over steps/4 pots, each pot's four steps after the previous pot's. */
  static Plan chainsPlan(int steps) {
    List<Step> list = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      String pot = "p" + (i / 4);
      List<Integer> after = i >= 4 && i % 4 == 0 && (i / 4) % 4 != 0 ? List.of(i - 3) : List.of();
      list.add(
          new Step(
              i + 1,
              ResourceAddress.pot(pot),
              StepKind.CONFIGURE,
              List.of("pot", "set-attribute", "-p", pot, "-A", "start-at-boot", "-V", "YES"),
              "",
              after,
              Readiness.NONE));
    }
    return new Plan(
        "bench",
        "sha256:bench",
        "sim",
        "sha256:bench",
        List.of(),
        list,
        List.of(),
        new TreeMap<>());
  }
}
