package org.potctl.controller.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Severity;
import org.potctl.schema.diag.SourceLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

class PlanJsonTest {

  private static Plan sample() {
    var f = JsonNodeFactory.instance;
    Change create =
        new Change(
            ResourceAddress.pot("web"),
            Action.CREATE,
            Risk.NONE,
            List.of(ChangeReason.NOT_ON_HOST.because("not on the host")),
            List.of(
                new FieldChange("ports", null, f.arrayNode().add("80:30080")),
                new FieldChange("resources.cpus", null, f.numberNode(2))));
    Change update =
        new Change(
            ResourceAddress.fscomp("data"),
            Action.UPDATE,
            Risk.NONE,
            List.of(ChangeReason.IN_PLACE.because("properties change in place with zfs set")),
            List.of(new FieldChange("properties.quota", f.stringNode("0"), f.stringNode("2G"))));
    List<Step> steps =
        List.of(
            new Step(
                1,
                ResourceAddress.flavour("nginx"),
                StepKind.WRITE_FLAVOUR,
                List.of("tee", "/x/flavours/nginx"),
                "set-cmd -c nginx\n",
                List.of(),
                Readiness.NONE),
            new Step(
                2,
                ResourceAddress.pot("web"),
                StepKind.START,
                List.of("pot", "start", "-p", "web"),
                "",
                List.of(1),
                new Readiness.PotRunning("web", List.of("tcp/30080"))));
    Diagnostic located =
        new Diagnostic(
            Severity.WARNING,
            "pots.web",
            "left as it is",
            Optional.of(new SourceLocation(Path.of("spec/pots.yaml"), 3, 3)),
            Optional.empty());
    Diagnostic bare =
        new Diagnostic(Severity.ERROR, "pot.old", "not ours", Optional.empty(), Optional.empty());
    TreeMap<String, String> observed = new TreeMap<>();
    observed.put("pot.web", Plan.ABSENT);
    observed.put("config", "sha256:" + "a".repeat(64));
    return new Plan(
        "spec",
        "prod",
        "sha256:" + "b".repeat(64),
        "20261123T135501Z-3fa2",
        "sim",
        "sha256:" + "c".repeat(64),
        List.of(create, update),
        steps,
        List.of(located, bare),
        observed);
  }

  @Test
  void readGivesBackAnEqualPlan() {
    Plan plan = sample();
    assertEquals(plan, PlanJson.read(PlanJson.write(plan)));
  }

  @Test
  void writesTheDesignFieldsAndTheExtras() {
    JsonNode root = JsonMapper.builder().build().readTree(PlanJson.write(sample()));
    assertEquals(1, root.get("format_version").intValue());
    assertEquals("spec", root.get("spec").get("dir").stringValue());
    assertEquals("prod", root.get("spec").get("id").stringValue());
    assertEquals("sim", root.get("host").get("driver").stringValue());
    assertEquals("20261123T135501Z-3fa2", root.get("apply_id").stringValue());
    assertEquals(1, root.get("summary").get("create").intValue());
    assertEquals(1, root.get("summary").get("update").intValue());
    assertEquals(0, root.get("summary").get("noop").intValue());
    JsonNode first = root.get("steps").get(0);
    assertEquals("set-cmd -c nginx\n", first.get("stdin").stringValue());
    assertTrue(first.get("ready") == null);
    JsonNode second = root.get("steps").get(1);
    assertTrue(second.get("stdin") == null);
    assertEquals("web", second.get("ready").get("pot").stringValue());
    assertEquals("tcp/30080", second.get("ready").get("redirects").get(0).stringValue());
    assertEquals(1, second.get("after").get(0).intValue());
    assertTrue(root.get("changes").get(0).get("fields").get(0).get("before").isNull());
    assertEquals("absent", root.get("observed").get("pot.web").stringValue());
    assertTrue(root.get("diagnostics").get(1).get("file").isNull());
  }

  @Test
  void refusesAnotherFormatVersionAndMissingFields() {
    String json = PlanJson.write(sample());
    IllegalArgumentException version =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlanJson.read(json.replace("\"format_version\" : 1", "\"format_version\" : 2")));
    assertTrue(version.getMessage().contains("format_version 2"), version.getMessage());
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlanJson.read(json.replace("\"apply_id\"", "\"applyid\"")));
    assertTrue(missing.getMessage().contains("apply_id"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PlanJson.read("{not json"));
  }

  @Test
  void theTextPlanColoursItsSymbolsOnlyWhenAskedAndOtherwiseReadsTheSame() {
    String plain = PlanText.write(sample(), false);
    String coloured = PlanText.write(sample(), true);
    assertFalse(plain.contains("\u001b"), plain);
    assertTrue(coloured.contains("\u001b[32m+\u001b[39m"), coloured); // create, green
    assertTrue(coloured.contains("\u001b[33m~\u001b[39m"), coloured); // update, yellow
    assertEquals(plain, coloured.replaceAll("\u001b\\[\\d+m", ""));
  }
}
