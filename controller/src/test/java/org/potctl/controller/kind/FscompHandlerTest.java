package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;

class FscompHandlerTest {

  private static final ResourceAddress DATA = ResourceAddress.fscomp("data");

  @TempDir Path dir;

  @Test
  void createStampsOwnerAndProtectThenSetsProperties() {
    HandlerScenario host = new HandlerScenario(dir);
    Plan plan =
        host.plan(host.spec("fscomps:\n  data:\n    properties: {quota: 2G, atime: off}\n"));
    assertEquals(Action.CREATE, HandlerScenario.change(plan, DATA).action());
    assertEquals(
        List.of(
            "pot create-fscomp -f data",
            "zfs set potctl:owner=app zroot/pot/fscomp/data",
            "zfs set potctl:protect=on zroot/pot/fscomp/data",
            "zfs set atime=off zroot/pot/fscomp/data",
            "zfs set quota=2G zroot/pot/fscomp/data"),
        HandlerScenario.argvs(plan));
  }

  @Test
  void sizesCompareByBytesAndChangesAreZfsSets() {
    HandlerScenario host = new HandlerScenario(dir);
    host.converge(host.spec("fscomps:\n  data:\n    properties: {quota: 2G}\n"));
    assertEquals(
        List.of(),
        host.plan(host.spec("fscomps:\n  data:\n    properties: {quota: 2048M}\n")).steps());
    Plan plan =
        host.plan(
            host.spec("fscomps:\n  data:\n    properties: {quota: 3G}\n    protect: false\n"));
    Change c = HandlerScenario.change(plan, DATA);
    assertEquals(Action.UPDATE, c.action());
    assertEquals(Risk.NONE, c.risk());
    assertEquals(
        List.of("properties.quota", "protect"), c.fields().stream().map(f -> f.path()).toList());
    assertEquals("\"2147483648\"", c.fields().get(0).before().toString());
    assertEquals(
        List.of(
            "zfs set quota=3G zroot/pot/fscomp/data",
            "zfs inherit potctl:protect zroot/pot/fscomp/data"),
        HandlerScenario.argvs(plan));
  }

  @Test
  void aDroppedFscompIsTrashedOnlyWhenUnprotectedAndAfterThePotLetsGo() {
    HandlerScenario host = new HandlerScenario(dir);
    String pot = "pots:\n  web:\n    base: \"14.1\"\n";
    host.converge(
        host.spec(
            "fscomps:\n  data: {protect: false}\n"
                + pot
                + "    mounts: [{fscomp: data, at: /data}]\n"));
    Plan plan = host.plan(host.spec(pot));
    assertEquals(Action.DELETE, HandlerScenario.change(plan, DATA).action());
    assertEquals(Risk.DATA_LOSS, HandlerScenario.change(plan, DATA).risk());
    assertEquals(Action.REPLACE, HandlerScenario.change(plan, ResourceAddress.pot("web")).action());
    Step rename =
        plan.steps().stream()
            .filter(
                s -> s.argv().contains("zroot/pot/fscomp/data") && s.argv().get(1).equals("rename"))
            .findFirst()
            .orElseThrow();
    int lastPotStep =
        plan.steps().stream()
            .filter(s -> s.address().equals(ResourceAddress.pot("web")))
            .mapToInt(Step::id)
            .max()
            .orElseThrow();
    assertTrue(rename.id() > lastPotStep, HandlerScenario.argvs(plan).toString());
  }

  @Test
  void aDroppedProtectedFscompIsKeptWithAWarning() {
    HandlerScenario host = new HandlerScenario(dir);
    host.converge(host.spec("fscomps:\n  data: {}\n  other: {}\n"));
    Plan plan = host.plan(host.spec("fscomps:\n  other: {}\n"));
    assertEquals(Action.NOOP, HandlerScenario.change(plan, DATA).action());
    assertEquals(List.of(), plan.steps());
    assertTrue(plan.diagnostics().get(0).message().contains("protected"));
  }

  @Test
  void anUnstampedFscompIsNeverTouched() {
    HandlerScenario host = new HandlerScenario(dir);
    host.run("pot", "create-fscomp", "-f", "data");
    Plan plan = host.plan(host.spec("fscomps:\n  data:\n    properties: {quota: 2G}\n"));
    assertTrue(plan.hasErrors());
    assertEquals(List.of(), plan.steps());
    assertTrue(
        plan.diagnostics()
            .get(0)
            .message()
            .contains("potctl adopt --spec-id app spec fscomp.data"));
  }
}
