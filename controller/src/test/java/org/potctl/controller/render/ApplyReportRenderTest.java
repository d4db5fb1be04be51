package org.potctl.controller.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.apply.Applier;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyOptions;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.TestPlans;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import tools.jackson.databind.JsonNode;

class ApplyReportRenderTest {

  @TempDir Path dir;

  private ApplyReport failedApply() {
    SimulatedHost host =
        new SimulatedHost(
            new SimOptions(
                dir, Duration.ZERO, Optional.of(Pattern.compile("-f broken")), Optional.empty()));
    ResourceAddress broken = ResourceAddress.fscomp("broken");
    ResourceAddress ok = ResourceAddress.fscomp("ok");
    ResourceAddress web = ResourceAddress.pot("web");
    List<Step> steps =
        List.of(
            new Step(
                1,
                broken,
                StepKind.CREATE_FSCOMP,
                List.of("pot", "create-fscomp", "-f", "broken"),
                "",
                List.of(),
                Readiness.NONE),
            new Step(
                2,
                ok,
                StepKind.CREATE_FSCOMP,
                List.of("pot", "create-fscomp", "-f", "ok"),
                "",
                List.of(),
                Readiness.NONE),
            new Step(
                3,
                web,
                StepKind.START,
                List.of("pot", "start", "-p", "web"),
                "",
                List.of(1),
                Readiness.NONE));
    List<Change> changes =
        List.of(
            new Change(
                web,
                Action.START,
                Risk.NONE,
                List.of(ChangeReason.STOPPED.because("stopped")),
                List.of()),
            new Change(
                broken,
                Action.CREATE,
                Risk.NONE,
                List.of(ChangeReason.NOT_ON_HOST.because("absent")),
                List.of()),
            new Change(
                ok,
                Action.CREATE,
                Risk.NONE,
                List.of(ChangeReason.NOT_ON_HOST.because("absent")),
                List.of()),
            Change.noop(ResourceAddress.bridge("b")));
    Plan plan = TestPlans.plan("spec", changes, steps, new TreeMap<>());
    return Applier.create(host).apply(plan, ApplyOptions.defaults(), ApplyListener.NOOP);
  }

  @Test
  void jsonHasEveryResourceAndStepOutcome() {
    JsonNode root =
        DocumentSchemas.assertValid("apply", ApplyReportJson.render(failedApply(), List.of()));
    assertEquals("failed", root.get("outcome").asString());
    assertEquals(TestPlans.APPLY_ID, root.get("apply_id").asString());
    assertEquals(1, root.get("summary").get("created").asInt());
    assertEquals(1, root.get("summary").get("failed").asInt());
    assertEquals(1, root.get("summary").get("skipped").asInt());
    assertEquals(1, root.get("summary").get("unchanged").asInt());
    StringBuilder seen = new StringBuilder();
    for (JsonNode r : root.get("resources")) {
      seen.append(r.get("address").asString())
          .append('=')
          .append(r.get("outcome").asString())
          .append(' ');
    }
    assertEquals(
        "pot.web=skipped fscomp.broken=failed fscomp.ok=applied bridge.b=unchanged ",
        seen.toString());
    JsonNode web = root.get("resources").get(0);
    assertEquals("upstream failed: fscomp.broken", web.get("detail").asString());
    assertTrue(root.get("resources").get(1).get("detail").asString().contains("simulated failure"));
    assertEquals(3, root.get("steps").size());
    assertEquals("skipped", root.get("steps").get(2).get("outcome").asString());
    assertTrue(root.get("steps").get(2).get("started").isNull());
  }

  @Test
  void textNamesFailuresAndEndsWithTheSummaryLine() {
    String text = ApplyReportText.render(failedApply());
    assertTrue(
        text.startsWith(
            "pot.web: skipped (upstream failed: fscomp.broken)\n"
                + "fscomp.broken: failed\n"
                + "    'pot create-fscomp -f broken' exited with status 1\n"),
        text);
    assertTrue(
        text.matches(
            "(?s).*\nApply failed: 1 created, 0 updated, 0 replaced, 0 deleted, 1 failed, 1"
                + " skipped in \\d+\\.\\ds\n"),
        text);
  }
}
