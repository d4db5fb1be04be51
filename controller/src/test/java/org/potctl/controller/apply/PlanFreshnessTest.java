package org.potctl.controller.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.plan.Plan;
import org.potctl.state.exec.Command;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

class PlanFreshnessTest {

  @TempDir Path dir;

  private SimulatedHost host() {
    return new SimulatedHost(SimOptions.of(dir));
  }

  private void run(List<String> argv) {
    Command c = Command.of(argv);
    host().run(c).requireSuccess(c);
  }

  private HostState observe() {
    return HostObserver.create(host(), HostFiles.local()).observe();
  }

  private static Plan planObserving(HostState host, String... keys) {
    SortedMap<String, String> observed = new TreeMap<>();
    for (String k : keys) {
      observed.put(k, PlanFreshness.current(host, k).orElse("?"));
    }
    return TestPlans.plan("spec", List.of(), List.of(), observed);
  }

  @Test
  void aPlanIsFreshUntilAnObjectItReadChanges() {
    run(TestPlans.createPot("web"));
    run(TestPlans.pot("export-ports", "-p", "web", "-e", "80:30080"));
    String fscomp = "dataset." + observe().config().fscompDataset("data");
    Plan plan =
        planObserving(
            observe(), "config", "pot.web", "jail.web", "redirects.web", fscomp, "bridge.b");
    assertEquals(List.of(), PlanFreshness.changes(plan, observe()));

    run(TestPlans.pot("start", "-p", "web"));
    run(TestPlans.pot("create-fscomp", "-f", "data"));
    assertEquals(
        List.of(fscomp + " appeared", "jail.web appeared", "redirects.web appeared"),
        PlanFreshness.changes(plan, observe()));
  }

  @Test
  void anUnknownKindOfObjectCannotBeChecked() {
    SortedMap<String, String> observed = new TreeMap<>();
    observed.put("volume.x", "sha256:1");
    Plan plan = TestPlans.plan("spec", List.of(), List.of(), observed);
    assertEquals(
        List.of("volume.x cannot be checked (unknown kind of object)"),
        PlanFreshness.changes(plan, observe()));
  }
}
