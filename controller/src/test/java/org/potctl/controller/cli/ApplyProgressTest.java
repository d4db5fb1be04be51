package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.apply.TestPlans;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;

class ApplyProgressTest {

  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");
  private static final Step CREATE =
      new Step(
          1,
          ResourceAddress.pot("web"),
          StepKind.CREATE_POT,
          List.of("pot", "create", "-p", "web"),
          "",
          List.of(),
          Readiness.NONE);
  private static final Step START =
      new Step(
          2,
          ResourceAddress.pot("web"),
          StepKind.START,
          List.of("pot", "start", "-p", "web"),
          "",
          List.of(1),
          Readiness.NONE);
  private static final Plan PLAN =
      TestPlans.plan("spec", List.of(), List.of(CREATE, START), new TreeMap<>());

  private static String run(boolean terminal) {
    StringWriter text = new StringWriter();
    ApplyProgress p = new ApplyProgress(new PrintWriter(text), terminal, false);
    p.applyStarted(PLAN, T0);
    p.stepStarted(CREATE, T0);
    p.stepFailed(
        StepResult.failed(CREATE, T0, T0.plusMillis(1234), "'pot create' exited\n###> no"));
    p.stepSkipped(StepResult.skipped(START, T0, "upstream failed: pot.web"));
    return text.toString();
  }

  @Test
  void onAPipeEachStepIsOneLineAtStartAndAtEndWithoutCarriageReturns() {
    String out = run(false);
    assertFalse(out.contains("\r"), out);
    assertEquals(
        String.join(
            "\n",
            "[1/2] pot.web: pot create -p web",
            "[1/2] pot.web: failed in 1.2s",
            "    'pot create' exited",
            "    ###> no",
            "[2/2] pot.web: skipped pot start -p web (upstream failed: pot.web)",
            ""),
        out.replace(System.lineSeparator(), "\n"));
  }

  @Test
  void onATerminalAProgressLineIsRedrawnInPlace() {
    String out = run(true);
    assertTrue(out.contains("Applying… 0/2 steps done, 1 running, 0 failed, 0 skipped"), out);
    assertTrue(out.contains("\r"), out);
    assertTrue(out.contains("Applying… 2/2 steps done, 0 running, 1 failed, 1 skipped"), out);
  }

  @Test
  void linesCarryThePlansStepIdsNotTheOrderTheyStartedIn() {
    StringWriter text = new StringWriter();
    ApplyProgress p = new ApplyProgress(new PrintWriter(text), false, false);
    p.applyStarted(PLAN, T0);
    p.stepStarted(START, T0);
    p.stepApplied(StepResult.applied(START, T0, T0.plusMillis(100)));
    String out = text.toString();
    assertTrue(out.startsWith("[2/2] pot.web: pot start -p web"), out);
    assertTrue(out.contains("[2/2] pot.web: done in 0.1s"), out);
  }

  @Test
  void aStepRunningOverFiveSecondsGetsAHeartbeatWithItsElapsedTimeEveryFiveSeconds() {
    StringWriter text = new StringWriter();
    ApplyProgress p = new ApplyProgress(new PrintWriter(text), false, false);
    p.applyStarted(PLAN, T0);
    p.stepStarted(CREATE, T0);
    p.heartbeat(T0.plusMillis(4900));
    assertFalse(text.toString().contains("still running"), text.toString());
    p.heartbeat(T0.plusSeconds(5));
    p.heartbeat(T0.plusSeconds(7));
    p.heartbeat(T0.plusSeconds(11));
    p.stepApplied(StepResult.applied(CREATE, T0, T0.plusSeconds(12)));
    p.heartbeat(T0.plusSeconds(20));
    assertEquals(
        String.join(
            "\n",
            "[1/2] pot.web: pot create -p web",
            "[1/2] pot.web: still running (5s)",
            "[1/2] pot.web: still running (10s)",
            "[1/2] pot.web: done in 12.0s",
            ""),
        text.toString().replace(System.lineSeparator(), "\n"));
  }
}
