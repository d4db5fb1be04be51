package org.potctl.controller.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.model.Spec;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.BulkFixture;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

class SpecGeneratorTest {

  @TempDir Path tmp;

  @Test
  void generatedSpecIsValidAndHasItsShape() {
    SpecGenerator.Generated g =
        SpecGenerator.write(tmp.resolve("spec"), 250, SpecGenerator.Options.defaults());
    LoadResult result = new SpecLoader().load(g.dir(), LoadOptions.defaults());
    assertTrue(result.isValid(), () -> result.diagnostics().toString());
    assertEquals(0, result.diagnostics().all().size(), () -> result.diagnostics().toString());
    Spec spec = result.spec().orElseThrow();
    assertEquals(250, spec.pots().size());
    assertEquals(250 + 25, spec.fscomps().size());
    assertEquals(1, spec.bridges().size());
    assertEquals(127, spec.bridges().get("net0").size(), "125 pots and two spare");
    assertEquals(List.of("p00002"), spec.pots().get("p00003").dependsOn());
    assertEquals(0, spec.pots().get("p00004").dependsOn().size(), "chains restart every 4");
  }

  @Test
  void bulkHostHoldsTheGeneratedPots() {
    SpecGenerator.Generated g =
        SpecGenerator.write(tmp.resolve("spec"), 100, new SpecGenerator.Options(true, false));
    SimulatedHost host = new SimulatedHost(SimOptions.of(tmp.resolve("sim")));
    BulkFixture.populate(host, g.host());
    HostState state = HostObserver.create(host, HostFiles.local()).observe();
    assertEquals(101, state.pots().size(), "100 pots and the base's pot");
    assertEquals(100, state.jails().size());
    assertEquals(100 + 20, state.redirects().size());
    assertEquals(110, state.fscomps().size());
    assertEquals("10.240.0.2", state.pots().get("p00000").network().ip().orElseThrow());
  }
}
