package org.potctl.controller.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.planner.Planner;
import org.potctl.controller.render.PlanJson;
import org.potctl.controller.render.PlanText;
import org.potctl.schema.model.Spec;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * diff+plan and rendering in process: the plan of N pots onto a fresh host (every pot, fscomp and
 * bridge created, the largest plan the spec can give).
 */
final class PlanPhase {

  static final String SPEC_ID = "bench";

  private PlanPhase() {}

  /**
   * The plan of the last measured run, the median time of diff+plan, and the JSON rendering's
   * median time and allocation.
   */
  record Result(Plan plan, double planMs, double jsonMs, long jsonAllocatedBytes) {}

  /** Measures the phases for one N, reporting rows through {@code put}. */
  static Result run(
      Spec spec,
      Path specDir,
      Path emptySim,
      int warmups,
      int runs,
      BiConsumer<String, String> put) {
    SimulatedHost empty = new SimulatedHost(SimOptions.of(emptySim));
    HostState fresh = HostObserver.create(empty, HostFiles.local()).observe();
    String flavourDir = emptySim.toAbsolutePath().resolve("etc/pot/flavours").toString();
    PlanRequest request =
        new PlanRequest(
            spec, specDir.toString(), SPEC_ID, fresh, "sim", flavourDir, "20261123T000000Z-0001");
    Measure.Result<Plan> plan = Measure.run(warmups, runs, () -> new Planner().plan(request));
    assertEquals(
        spec.pots().size(),
        plan.value().changes().stream()
            .filter(c -> c.address().toString().startsWith("pot."))
            .count(),
        "one change per pot");
    put.accept("diff+plan (fresh host: all creates)", Table.ms(plan.medianMs()));
    put.accept("diff+plan peak heap", Table.mb(plan.peakHeapMb()));
    put.accept("plan steps", String.format("%,d", plan.value().steps().size()));
    // Rendered as the CLI renders it, streamed to its output (here a writer that drops it).
    Measure.Result<Plan> text =
        Measure.run(
            warmups,
            runs,
            () -> {
              PlanText.write(plan.value(), false, Writer.nullWriter());
              return plan.value();
            });
    Measure.Result<Plan> json =
        Measure.run(
            warmups,
            runs,
            () -> {
              PlanJson.write(plan.value(), Writer.nullWriter());
              return plan.value();
            });
    put.accept(
        "render text / JSON (streamed, as the CLI writes them)",
        Table.ms(text.medianMs()) + " / " + Table.ms(json.medianMs()));
    put.accept(
        "render allocated (text / JSON)",
        Table.mb(text.allocatedMb()) + " / " + Table.mb(json.allocatedMb()));
    put.accept(
        "render peak heap, the plan included (text / JSON)",
        Table.mb(text.peakHeapMb()) + " / " + Table.mb(json.peakHeapMb()));
    return new Result(plan.value(), plan.medianMs(), json.medianMs(), json.allocatedBytes());
  }
}
