package org.potctl.controller.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;

class StoppedTextTest {

  private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
  private static final ResourceAddress WEB = ResourceAddress.pot("web");
  private static final Step STOP =
      new Step(
          1,
          WEB,
          StepKind.STOP,
          List.of("pot", "stop", "-p", "web"),
          "",
          List.of(),
          Readiness.NONE);
  private static final Step SET =
      new Step(
          2,
          WEB,
          StepKind.CONFIGURE,
          List.of("pot", "set-rss", "-p", "web"),
          "",
          List.of(1),
          Readiness.NONE);
  private static final Step START =
      new Step(
          3,
          WEB,
          StepKind.START,
          List.of("pot", "start", "-p", "web"),
          "",
          List.of(2),
          new Readiness.PotRunning("web", List.of()));

  private static ApplyReport report(boolean stopped) {
    return new ApplyReport(
        "id",
        List.of(),
        List.of(
            StepResult.applied(STOP, T0, T0),
            StepResult.skipped(SET, T0, "apply stopped before this step started"),
            StepResult.skipped(START, T0, "apply stopped before this step started")),
        T0,
        T0,
        stopped);
  }

  @Test
  void namesTheStepsLeftUndoneThePotTheSpecWantsRunningAndTheCommandThatCompletesIt() {
    assertEquals(
        String.join(
            "\n",
            "Stopped: the running steps finished; 2 steps were left undone:",
            "  [2/3] pot.web: pot set-rss -p web",
            "  [3/3] pot.web: pot start -p web",
            "pot.web is not running, but the spec wants it running.",
            "Run 'potctl apply envs/prod' again to complete it.",
            ""),
        StoppedText.render(report(true), "potctl apply envs/prod"));
  }

  @Test
  void saysNothingWhenTheApplyWasNotStopped() {
    assertEquals("", StoppedText.render(report(false), "potctl apply x"));
  }
}
