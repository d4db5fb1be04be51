package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Risk;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.Spec;

class PotHandlerTest {

  private static final ResourceAddress WEB = ResourceAddress.pot("web");
  private static final String BASE =
      "pots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";

  @TempDir Path dir;

  private HandlerScenario host;

  @BeforeEach
  void webRuns() {
    host = new HandlerScenario(dir);
    host.converge(host.spec(BASE + "    ports: [\"80:8080\"]\n    env: {A: \"1\"}\n"));
  }

  private Plan plan(String extra) {
    return host.plan(host.spec(BASE + extra));
  }

  @Test
  void portsOfARunningPotAreExportedBetweenAStopAndAStart() {
    Plan plan = plan("    ports: [\"80:8081\"]\n    env: {A: \"1\"}\n");
    Change c = HandlerScenario.change(plan, WEB);
    assertEquals(Action.UPDATE, c.action());
    assertEquals(Risk.NETWORK, c.risk());
    assertEquals("ports", c.fields().get(0).path());
    assertEquals(
        List.of("pot stop -p web", "pot export-ports -p web -e 80:8081", "pot start -p web"),
        HandlerScenario.argvs(plan));
    assertEquals(new Readiness.PotRunning("web", List.of("tcp/8081")), plan.steps().get(2).ready());
  }

  @Test
  void portOrderAndSyntaxDoNotMatter() {
    host.converge(
        host.spec(BASE + "    ports: [\"80:8080\", \"udp:53:5353\"]\n    env: {A: \"1\"}\n"));
    Plan plan =
        plan(
            "    ports: [{pot: 53, host: 5353, proto: udp}, \"tcp:80:8080\"]\n    env: {A: \"1\"}\n");
    assertEquals(List.of(), plan.steps());
  }

  @Test
  void startAtBootChangesInPlaceWithoutARestart() {
    Plan plan =
        plan(
            "    ports: [\"80:8080\"]\n    env: {A: \"1\"}\n    attributes: {start-at-boot: yes}\n");
    Change c = HandlerScenario.change(plan, WEB);
    assertEquals(Action.UPDATE, c.action());
    assertEquals(Risk.NONE, c.risk());
    assertEquals(
        List.of("pot set-attribute -p web -A start-at-boot -V YES"), HandlerScenario.argvs(plan));
  }

  @Test
  void resourcesTakeEffectAtStartAndSizesCompareByBytes() {
    Plan plan =
        plan("    ports: [\"80:8080\"]\n    env: {A: \"1\"}\n    resources: {memory: 512M}\n");
    assertEquals(Risk.RESTART, HandlerScenario.change(plan, WEB).risk());
    assertEquals(
        List.of("pot stop -p web", "pot set-rss -p web -M 512M", "pot start -p web"),
        HandlerScenario.argvs(plan));
    host.run("pot", "set-rss", "-p", "web", "-M", "536870912");
    assertEquals(
        List.of(),
        plan("    ports: [\"80:8080\"]\n    env: {A: \"1\"}\n    resources: {memory: 512M}\n")
            .steps());
  }

  @Test
  void aNetworkTypeChangeReplacesThePotThroughTheTrash() {
    Plan plan =
        host.plan(
            host.spec(
                "pots:\n  web:\n    base: \"14.1\"\n    ports: [\"80:8080\"]\n    env: {A: \"1\"}\n"));
    Change c = HandlerScenario.change(plan, WEB);
    assertEquals(Action.REPLACE, c.action());
    assertEquals(Risk.DATA_LOSS, c.risk());
    assertTrue(
        c.reasons().get(0).text().contains("network.type public-bridge → inherit"),
        c.reasons().toString());
    assertEquals(ChangeReason.CANNOT_UPDATE, c.reasons().get(0).code());
    List<String> argv = HandlerScenario.argvs(plan);
    assertEquals("pot stop -p web", argv.get(0));
    assertEquals("zfs create -o mountpoint=none zroot/pot/potctl-trash", argv.get(1));
    assertEquals("zfs set mountpoint=none zroot/pot/jails/web", argv.get(2));
    assertTrue(
        argv.get(3).startsWith("zfs rename zroot/pot/jails/web zroot/pot/potctl-trash/pot-web-a"),
        argv.get(3));
    assertTrue(
        argv.get(4).startsWith("pot create -p web -t single -b 14.1 -N inherit"), argv.get(4));
  }

  @Test
  void aProtectedPotIsNeverReplaced() {
    Plan plan =
        host.plan(
            host.spec(
                "pots:\n  web:\n    base: \"14.1\"\n    protect: true\n    ports: [\"80:8080\"]\n    env: {A: \"1\"}\n"));
    assertEquals(Action.NOOP, HandlerScenario.change(plan, WEB).action());
    assertTrue(plan.hasErrors());
    assertTrue(plan.diagnostics().get(0).message().contains("never replaces a protected pot"));
  }

  @Test
  void listsPotCannotEmptyAreWarningsNotSteps() {
    Plan plan = plan("    ports: [\"80:8080\"]\n");
    assertEquals(List.of(), plan.steps());
    assertFalse(plan.hasErrors());
    Diagnostic d = plan.diagnostics().get(0);
    assertTrue(
        d.message().startsWith("env: pot cannot remove every environment variable"), d.message());
  }

  @Test
  void aStoppedPotIsStartedAndAStopIsARestartRisk() {
    host.run("pot", "stop", "-p", "web");
    Change start =
        HandlerScenario.change(plan("    ports: [\"80:8080\"]\n    env: {A: \"1\"}\n"), WEB);
    assertEquals(Action.START, start.action());
    host.run("pot", "start", "-p", "web");
    Plan stop = plan("    ports: [\"80:8080\"]\n    env: {A: \"1\"}\n    state: stopped\n");
    assertEquals(Action.STOP, HandlerScenario.change(stop, WEB).action());
    assertEquals(Risk.RESTART, HandlerScenario.change(stop, WEB).risk());
    assertEquals(List.of("pot stop -p web"), HandlerScenario.argvs(stop));
  }

  @Test
  void anUnstampedPotIsAnErrorSuggestingAdopt() {
    host.run("zfs", "inherit", "potctl:owner", "zroot/pot/jails/web");
    Plan plan = plan("    ports: [\"80:8081\"]\n    env: {A: \"1\"}\n");
    assertTrue(plan.hasErrors());
    assertEquals(List.of(), plan.steps());
    assertTrue(
        plan.diagnostics().get(0).message().contains("potctl adopt --spec-id app spec pot.web"),
        plan.diagnostics().toString());
    host.run("zfs", "set", "potctl:owner=other", "zroot/pot/jails/web");
    Plan foreign = plan("    ports: [\"80:8081\"]\n    env: {A: \"1\"}\n");
    assertTrue(foreign.diagnostics().get(0).message().contains("belongs to spec 'other'"));
  }

  @Test
  void aPotGoneFromTheSpecIsStoppedAndTrashedUnlessProtected() {
    Spec other = host.spec("pots:\n  api:\n    base: \"14.1\"\n");
    Plan plan = host.plan(other);
    Change gone = HandlerScenario.change(plan, WEB);
    assertEquals(Action.DELETE, gone.action());
    assertEquals(Risk.DATA_LOSS, gone.risk());
    List<String> argv =
        HandlerScenario.argvs(plan).stream().filter(a -> a.contains("web")).toList();
    assertEquals("pot stop -p web", argv.get(0));
    host.run("zfs", "set", "potctl:protect=on", "zroot/pot/jails/web");
    Plan kept = host.plan(other);
    assertEquals(Action.NOOP, HandlerScenario.change(kept, WEB).action());
    assertTrue(kept.diagnostics().stream().anyMatch(d -> d.message().contains("protected")));
    assertTrue(HandlerScenario.argvs(kept).stream().noneMatch(a -> a.contains("web")));
  }

  @Test
  void anEmptySpecDeletesNothing() {
    Plan plan = host.plan(host.spec(""));
    assertEquals(List.of(), plan.steps());
    assertTrue(plan.diagnostics().get(0).message().contains("prune guard"));
  }
}
