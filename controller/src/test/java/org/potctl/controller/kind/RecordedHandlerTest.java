package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Severity;
import org.potctl.state.statedir.Inventory;

/** Bridges and flavours: owned through the inventory, deleted only when recorded for the spec. */
class RecordedHandlerTest {

  private static final ResourceAddress BACKEND = ResourceAddress.bridge("backend");
  private static final ResourceAddress WEB = ResourceAddress.flavour("web");
  private static final String BOTH =
      "bridges:\n  backend: {size: 6}\n"
          + "flavours:\n  web:\n    commands: [\"set-attribute -A no-rc-script -V YES\"]\n"
          + "fscomps:\n  data: {}\n";
  private static final String NEITHER = "fscomps:\n  data: {}\n";

  @TempDir Path dir;

  @Test
  void createdOnesAreRecordedAndDeletedOnceDropped() {
    HandlerScenario host = new HandlerScenario(dir);
    host.converge(host.spec(BOTH));
    assertEquals(
        Set.of("backend"), host.inventory().list(HandlerScenario.ID, Inventory.Kind.BRIDGE));
    assertEquals(Set.of("web"), host.inventory().list(HandlerScenario.ID, Inventory.Kind.FLAVOUR));

    Plan plan = host.plan(host.spec(NEITHER));
    assertEquals(Action.DELETE, HandlerScenario.change(plan, BACKEND).action());
    assertEquals(Risk.NETWORK, HandlerScenario.change(plan, BACKEND).risk());
    assertEquals(Action.DELETE, HandlerScenario.change(plan, WEB).action());
    List<String> argvs = HandlerScenario.argvs(plan);
    assertTrue(argvs.contains("pot destroy -B backend"), argvs.toString());
    assertTrue(argvs.stream().anyMatch(a -> a.matches("rm -f /.*/flavours/web")), argvs.toString());
    assertTrue(
        argvs.stream().anyMatch(a -> a.matches("rm -f /.*/flavours/web\\.sh")), argvs.toString());

    host.converge(host.spec(NEITHER));
    assertEquals(Set.of(), host.inventory().list(HandlerScenario.ID, Inventory.Kind.BRIDGE));
    assertEquals(Set.of(), host.inventory().list(HandlerScenario.ID, Inventory.Kind.FLAVOUR));
    Plan after = host.plan(host.spec(BOTH));
    assertEquals(Action.CREATE, HandlerScenario.change(after, BACKEND).action());
    assertEquals(Action.CREATE, HandlerScenario.change(after, WEB).action());
  }

  @Test
  void anUnrecordedBridgeWithASpecNameIsAnErrorSuggestingAdopt() {
    HandlerScenario host = new HandlerScenario(dir);
    host.run("pot", "create-private-bridge", "-B", "backend", "-S", "6");
    Plan plan = host.plan(host.spec(BOTH));
    assertEquals(Action.NOOP, HandlerScenario.change(plan, BACKEND).action());
    Diagnostic error = only(plan, Severity.ERROR);
    assertTrue(
        error.message().contains("potctl adopt --spec-id app spec bridge.backend"),
        error.message());
    assertFalse(HandlerScenario.argvs(plan).stream().anyMatch(a -> a.contains("-B backend")));
  }

  @Test
  void unrecordedAndForeignOnesAreNeverDeleted() {
    HandlerScenario host = new HandlerScenario(dir);
    host.run("pot", "create-private-bridge", "-B", "backend", "-S", "6");
    host.run("pot", "create-private-bridge", "-B", "theirs", "-S", "6");
    host.inventory().record("other", Inventory.Kind.BRIDGE, "theirs");
    Plan plan = host.plan(host.spec(NEITHER));
    assertTrue(plan.change(BACKEND).isEmpty());
    assertTrue(plan.change(ResourceAddress.bridge("theirs")).isEmpty());
    assertFalse(HandlerScenario.argvs(plan).stream().anyMatch(a -> a.startsWith("pot destroy")));

    Plan claimed = host.plan(host.spec("bridges:\n  theirs: {size: 6}\n"));
    Diagnostic error = only(claimed, Severity.ERROR);
    assertTrue(error.message().contains("belongs to spec 'other'"), error.message());
  }

  @Test
  void aDroppedBridgeGoesAfterThePotsOnItAndStaysWhileAnUnmanagedPotUsesIt() {
    HandlerScenario host = new HandlerScenario(dir);
    String pot =
        "pots:\n  api:\n    base: \"14.1\"\n"
            + "    network: {type: private-bridge, bridge: backend}\n";
    host.converge(host.spec(BOTH + pot));

    Plan plan = host.plan(host.spec(NEITHER));
    List<String> argvs = HandlerScenario.argvs(plan);
    int destroy = argvs.indexOf("pot destroy -B backend");
    int potGone = argvs.indexOf("zfs rename zroot/pot/jails/api " + trashOf(argvs, "pot-api"));
    assertTrue(destroy > potGone && potGone >= 0, argvs.toString());
    assertTrue(
        waitsFor(plan, plan.steps().get(destroy).id(), plan.steps().get(potGone).id()),
        "bridge removal waits for the pot: " + plan.steps());

    host.run("zfs", "inherit", "potctl:owner", "zroot/pot/jails/api");
    Plan kept = host.plan(host.spec(NEITHER));
    assertTrue(kept.change(BACKEND).map(c -> c.action() == Action.NOOP).orElse(true));
    Diagnostic warning = only(kept, Severity.WARNING);
    assertTrue(warning.message().contains("pot api still uses it"), warning.message());
  }

  private static String trashOf(List<String> argvs, String prefix) {
    return argvs.stream()
        .filter(a -> a.startsWith("zfs rename zroot/pot/jails/api "))
        .map(a -> a.substring(a.lastIndexOf(' ') + 1))
        .filter(t -> t.contains("/potctl-trash/" + prefix + "-"))
        .findFirst()
        .orElse("?");
  }

  /**
   * Whether step {@code id} runs only after step {@code other}, through its {@code after} chain.
   */
  private static boolean waitsFor(Plan plan, int id, int other) {
    Step step = plan.steps().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    return step.after().contains(other)
        || step.after().stream().anyMatch(a -> waitsFor(plan, a, other));
  }

  private static Diagnostic only(Plan plan, Severity severity) {
    List<Diagnostic> found =
        plan.diagnostics().stream().filter(d -> d.severity() == severity).toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }
}
