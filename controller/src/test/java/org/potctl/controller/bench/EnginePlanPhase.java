package org.potctl.controller.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.PlanResult;
import org.potctl.state.sim.BulkFixture;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * The plan of N pots in process as the CLI makes it: {@link Engine#plan}, which loads and validates
 * the spec while the (simulated) host is observed on another thread, then plans. Two hosts: a fresh
 * one (every pot created: the largest plan) and one that already holds the spec (the everyday no-op
 * plan). The phase rows above add up the same work done one after the other.
 */
final class EnginePlanPhase {

  private EnginePlanPhase() {}

  /** The median times (ms) on the fresh and on the converged host. */
  record Result(double freshMs, double convergedMs) {
    double worstMs() {
      return Math.max(freshMs, convergedMs);
    }
  }

  static Result run(SpecGenerator.Generated g, Path work, int warmups, int runs) {
    Path fresh = work.resolve("engine-fresh");
    Path converged = work.resolve("engine-converged");
    BulkFixture.populate(
        new SimulatedHost(SimOptions.of(converged)), g.host().withOwner(PlanPhase.SPEC_ID));
    Measure.Result<PlanResult> onFresh =
        Measure.run(warmups, runs, () -> Engine.create().plan(request(g.dir(), fresh)));
    PlanResult.Planned created = planned(onFresh.value());
    assertEquals(
        (long) g.pots(),
        created.plan().changes().stream()
            .filter(c -> c.address().toString().startsWith("pot."))
            .count(),
        "one create per pot on the fresh host");
    Measure.Result<PlanResult> onConverged =
        Measure.run(warmups, runs, () -> Engine.create().plan(request(g.dir(), converged)));
    PlanResult.Planned noOp = planned(onConverged.value());
    assertTrue(noOp.plan().steps().isEmpty(), "the converged host needs nothing: " + noOp.plan());
    return new Result(onFresh.medianMs(), onConverged.medianMs());
  }

  private static EngineRequest request(Path spec, Path sim) {
    return new EngineRequest(
        spec,
        Optional.of("sim:" + sim),
        Optional.of(PlanPhase.SPEC_ID),
        List.of(),
        Optional.of("20261123T000000Z-0001"));
  }

  private static PlanResult.Planned planned(PlanResult result) {
    assertTrue(result instanceof PlanResult.Planned, () -> "planned: " + result);
    PlanResult.Planned p = (PlanResult.Planned) result;
    assertTrue(
        p.plan().diagnostics().stream().noneMatch(d -> d.isError()), "" + p.plan().diagnostics());
    return p;
  }
}
