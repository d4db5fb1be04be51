package org.potctl.controller.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.planner.Planner;
import org.potctl.controller.render.PlanText;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.SpecLoader;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.BulkFixture;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/** The bulk fixture of a generated spec is what the planner expects: a plan with nothing to do. */
class NoOpPlanTest {

  @TempDir Path tmp;

  @Test
  void generatedSpecOnItsBulkHostPlansNothing() {
    SpecGenerator.Generated g =
        SpecGenerator.write(tmp.resolve("spec"), 40, SpecGenerator.Options.defaults());
    SimulatedHost host = new SimulatedHost(SimOptions.of(tmp.resolve("sim")));
    BulkFixture.populate(host, g.host().withOwner(PlanPhase.SPEC_ID));
    HostState state = HostObserver.create(host, HostFiles.local()).observe();
    var spec = new SpecLoader().load(g.dir(), LoadOptions.defaults()).spec().orElseThrow();
    Plan plan =
        new Planner()
            .plan(
                new PlanRequest(
                        spec,
                        g.dir().toString(),
                        PlanPhase.SPEC_ID,
                        state,
                        "sim",
                        tmp.resolve("sim/etc/pot/flavours").toString(),
                        "20261123T000000Z-0001")
                    .withInventory(
                        new org.potctl.state.statedir.Inventory(tmp.resolve("sim/state"))
                            .snapshot()));
    assertEquals(List.of(), plan.diagnostics().stream().filter(d -> d.isError()).toList());
    assertEquals(0, plan.steps().size(), () -> PlanText.write(plan, false));
    assertEquals(
        plan.changes().size(), plan.summary().get(Action.NOOP), () -> PlanText.write(plan, false));
  }
}
