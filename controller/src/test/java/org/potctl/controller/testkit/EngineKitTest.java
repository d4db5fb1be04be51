package org.potctl.controller.testkit;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.ApplyGate;
import org.potctl.controller.ApplyOutcome;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.apply.ApplyListener;

/** The kit on the engine itself: a failed branch is skipped, an independent one goes on. */
class EngineKitTest {

  private static final String STACK =
      """
      version: 1
      fscomps:
        logs: {properties: {compression: lz4}}
      pots:
        db: {base: "14.1", network: {type: public-bridge}}
        web: {base: "14.1", network: {type: public-bridge}, depends_on: [db]}
      """;

  @TempDir Path sim;

  @TempDir Path work;

  @Test
  void theDependantsOfAFailedStepAreSkippedAndIndependentOnesApply() throws IOException {
    Path spec = Files.createDirectories(work.resolve("stack"));
    Files.writeString(spec.resolve("stack.yaml"), STACK);
    EngineRequest request =
        EngineRequest.of(spec).withHost("sim:" + sim + "?fail=create%20-p%20db%20");
    ApplyOutcome outcome =
        Engine.create()
            .apply(
                request,
                ApplyRequest.of("potctl apply stack"),
                ApplyGate.PROCEED,
                ApplyListener.NOOP);
    ApplyOutcome.Applied applied = assertInstanceOf(ApplyOutcome.Applied.class, outcome);
    ReportAssert.assertThat(applied.report())
        .failed("pot.db")
        .because("simulated failure")
        .skipped("pot.web")
        .because("upstream failed: pot.db")
        .applied("fscomp.logs")
        .stopped(false);
    HostAssert.assertThat(Potctl.onSim(sim)).hasJournals(1).journalsAreComplete();
  }

  @Test
  void aDependantStartsOnlyAfterWhatItDependsOnApplied() throws IOException {
    Path spec = Files.createDirectories(work.resolve("stack"));
    Files.writeString(spec.resolve("stack.yaml"), STACK);
    ApplyOutcome outcome =
        Engine.create()
            .apply(
                EngineRequest.of(spec).withHost("sim:" + sim),
                ApplyRequest.of("potctl apply stack"),
                ApplyGate.PROCEED,
                ApplyListener.NOOP);
    ReportAssert.assertThat(assertInstanceOf(ApplyOutcome.Applied.class, outcome).report())
        .appliedInOrder("pot.db", "pot.web")
        .applied("fscomp.logs");
  }
}
