package org.potctl.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.files.HostFiles;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * A lock-free plan observes a simulated host that exists while the spec loads (issue 18): the same
 * plan as before, an invalid spec still wins, a missing simulated host is not created for an
 * invalid spec, and an observation error comes out as the sequential observation's exception.
 */
class EarlyObservationTest {

  @TempDir Path tmp;

  private static final Path EXAMPLE = Path.of("..", "examples", "potfiles", "web-single");

  private PlanResult plan(Path spec, Path sim) {
    return Engine.create()
        .plan(
            new EngineRequest(
                spec, Optional.of("sim:" + sim), Optional.empty(), List.of(), Optional.empty()));
  }

  private Path invalidSpec() throws Exception {
    Path spec = tmp.resolve("invalid");
    Files.createDirectories(spec);
    Files.writeString(spec.resolve("potfile.yaml"), "version: 2\n");
    return spec;
  }

  @Test
  void aValidSpecIsPlannedOnTheHostObservedMeanwhile() throws Exception {
    Path sim = Files.createDirectories(tmp.resolve("sim"));
    PlanResult.Planned planned = assertInstanceOf(PlanResult.Planned.class, plan(EXAMPLE, sim));
    assertFalse(planned.plan().steps().isEmpty(), "a fresh host gets the pot");
    assertEquals(
        HostObserver.create(new SimulatedHost(SimOptions.of(sim)), HostFiles.local()).observe(),
        planned.state());
  }

  @Test
  void anInvalidSpecWinsAndAMissingSimulatedHostIsNotCreated() throws Exception {
    Path existing = Files.createDirectories(tmp.resolve("sim"));
    assertInstanceOf(PlanResult.Invalid.class, plan(invalidSpec(), existing));
    Path missing = tmp.resolve("missing");
    assertInstanceOf(PlanResult.Invalid.class, plan(invalidSpec(), missing));
    assertFalse(Files.exists(missing), "no simulated host is made for an invalid spec");
  }

  @Test
  void anObservationErrorIsTheSequentialObservationsException() throws Exception {
    Path sim = Files.createDirectories(tmp.resolve("sim"));
    Files.writeString(sim.resolve("model.json"), "{ not json");
    RuntimeException sequential =
        assertThrows(
            RuntimeException.class,
            () ->
                HostObserver.create(new SimulatedHost(SimOptions.of(sim)), HostFiles.local())
                    .observe());
    RuntimeException early = assertThrows(RuntimeException.class, () -> plan(EXAMPLE, sim));
    assertEquals(sequential.getClass(), early.getClass());
    assertEquals(sequential.getMessage(), early.getMessage());
    assertTrue(EarlyObservation.applies(org.potctl.state.host.HostSpec.parse("sim:" + sim)));
  }
}
