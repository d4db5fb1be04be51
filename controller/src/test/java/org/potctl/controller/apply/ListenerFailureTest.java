package org.potctl.controller.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.potctl.controller.apply.TestPlans.pot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Step;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;

/** A listener that fails is never swallowed (issue 13): it fails its step, with the cause. */
class ListenerFailureTest {

  private static final ApplyOptions FAST =
      ApplyOptions.builder().pollInterval(Duration.ofMillis(5)).build();

  private final List<List<String>> ran = new ArrayList<>();
  private final CommandRunner runner =
      c -> {
        ran.add(c.argv());
        return new CommandResult(0, "", "", Duration.ZERO);
      };

  private static final class FailingAt implements ApplyListener {
    final RuntimeException error = new IllegalStateException("cannot write inventory.json");
    private final String address;
    private final boolean atStart;

    FailingAt(String address, boolean atStart) {
      this.address = address;
      this.atStart = atStart;
    }

    @Override
    public void stepStarted(Step step, Instant at) {
      if (atStart && step.address().toString().equals(address)) {
        throw error;
      }
    }

    @Override
    public void stepApplied(StepResult result) {
      if (!atStart && result.step().address().toString().equals(address)) {
        throw error;
      }
    }
  }

  @Test
  void aListenerFailingBeforeACreateFailsThatStepWhichNeverRunsAndSkipsItsDependants() {
    TestPlans p = new TestPlans();
    int bridge = p.step("bridge.b", pot("create-private-bridge", "-B", "b", "-S", "4"));
    p.step("pot.web", pot("start", "web"), bridge);
    int other = p.step("fscomp.data", pot("create-fscomp", "-f", "data"));
    Plan plan = p.build();
    FailingAt failing = new FailingAt("bridge.b", true);
    RecordingListener seen = new RecordingListener();
    ApplyReport report =
        Applier.create(runner).apply(plan, FAST, ApplyListener.all(List.of(failing, seen)));
    assertFalse(report.succeeded());
    StepResult failed = report.steps().get(bridge - 1);
    assertEquals(StepStatus.FAILED, failed.status());
    assertTrue(failed.detail().contains("cannot write inventory.json"), failed.detail());
    assertSame(failing.error, failed.cause().orElseThrow());
    assertEquals(StepStatus.SKIPPED, report.steps().get(1).status());
    assertEquals(StepStatus.APPLIED, report.steps().get(other - 1).status());
    assertEquals(List.of(pot("create-fscomp", "-f", "data")), ran, "the bridge create never ran");
    assertEquals(StepStatus.FAILED, seen.results.get(bridge).status(), "later listeners see it");
  }

  @Test
  void aListenerFailingAfterAStepReportsItFailedAndSkipsItsDependants() {
    TestPlans p = new TestPlans();
    int first = p.step("fscomp.data", pot("create-fscomp", "-f", "data"));
    p.step("pot.web", pot("start", "web"), first);
    ApplyReport report =
        Applier.create(runner)
            .apply(
                p.build(), FAST, ApplyListener.all(List.of(new FailingAt("fscomp.data", false))));
    assertFalse(report.succeeded());
    assertEquals(StepStatus.FAILED, report.steps().get(0).status());
    assertTrue(report.steps().get(0).detail().contains("recording its success failed"));
    assertEquals(StepStatus.SKIPPED, report.steps().get(1).status());
  }

  @Test
  void aRunnerExceptionIsKeptAsTheCause() {
    RuntimeException boom = new IllegalStateException("connection reset");
    TestPlans p = new TestPlans();
    p.step("fscomp.data", pot("create-fscomp", "-f", "data"));
    ApplyReport report =
        Applier.create(
                c -> {
                  throw boom;
                })
            .apply(p.build(), FAST, ApplyListener.NOOP);
    assertSame(boom, report.steps().get(0).cause().orElseThrow());
  }

  @Test
  void aFailedStepNamesTheCauseBehindTheMessageAsTheFileSystemGaveIt() {
    RuntimeException write =
        new UncheckedIOException(
            "cannot write /state/inventory.json",
            new FileSystemException(
                "/state/.inventory.json.1.tmp",
                "/state/inventory.json",
                "Device or resource busy"));
    TestPlans p = new TestPlans();
    int bridge = p.step("bridge.b", pot("create-private-bridge", "-B", "b", "-S", "4"));
    ApplyListener failing =
        new ApplyListener() {
          @Override
          public void stepStarted(Step step, Instant at) {
            throw write;
          }
        };
    ApplyReport report = Applier.create(runner).apply(p.build(), FAST, failing);
    assertEquals(
        "not run: cannot write /state/inventory.json: Device or resource busy",
        report.steps().get(bridge - 1).detail());
    assertTrue(ran.isEmpty(), "the create never ran: " + ran);
  }

  @Test
  void aRunnerExceptionsCausesAreNamedOnceEach() {
    IOException reset = new IOException("Connection reset by peer");
    RuntimeException boom = new UncheckedIOException("ssh to h: Connection reset by peer", reset);
    RuntimeException outer = new IllegalStateException("running pot start", boom);
    TestPlans p = new TestPlans();
    p.step("pot.web", pot("start", "web"));
    ApplyReport report =
        Applier.create(
                c -> {
                  throw outer;
                })
            .apply(p.build(), FAST, ApplyListener.NOOP);
    assertEquals(
        "running pot start: ssh to h: Connection reset by peer", report.steps().get(0).detail());
  }
}
