package org.potctl.controller.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.potctl.controller.apply.TestPlans.createPot;
import static org.potctl.controller.apply.TestPlans.pot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.apply.ResourceOutcome.Status;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

class ApplierTest {

  @TempDir Path dir;

  private static final ApplyOptions FAST =
      ApplyOptions.builder()
          .pollInterval(Duration.ofMillis(10))
          .readinessTimeout(Duration.ofSeconds(5))
          .build();

  private SimulatedHost sim(Duration latency, String fail) {
    return new SimulatedHost(
        new SimOptions(
            dir, latency, Optional.ofNullable(fail).map(Pattern::compile), Optional.empty()));
  }

  private static ApplyReport apply(CommandRunner runner, Plan plan, RecordingListener l) {
    return Applier.create(runner).apply(plan, FAST, l);
  }

  @Test
  void independentBranchesOverlapWhilePotCreatesNeverDo() {
    TestPlans p = new TestPlans();
    int fscompA = p.step("fscomp.a", pot("create-fscomp", "-f", "a"));
    int fscompB = p.step("fscomp.b", pot("create-fscomp", "-f", "b"));
    List<Integer> creates = new ArrayList<>();
    for (String name : List.of("web", "db", "cache")) {
      creates.add(p.step("pot." + name, createPot(name)));
    }
    RecordingListener l = new RecordingListener();
    ApplyReport report = apply(sim(Duration.ofMillis(150), null), p.build(), l);

    assertTrue(report.succeeded(), l.events.toString());
    assertTrue(l.overlap(fscompA, fscompB), "independent fscomp creates ran one after the other");
    for (int a : creates) {
      for (int b : creates) {
        assertTrue(a == b || !l.overlap(a, b), "pot creates " + a + " and " + b + " overlapped");
      }
    }
    assertTrue(
        creates.stream().anyMatch(c -> l.overlap(c, fscompA) || l.overlap(c, fscompB)),
        "a pot create never ran beside an fscomp create");
  }

  @Test
  void potCreatesRunInPlanOrderEvenWhenALaterOneIsReadyFirst() {
    TestPlans p = new TestPlans();
    int fscomp = p.step("fscomp.data", pot("create-fscomp", "-f", "data"));
    int db = p.step("pot.db", createPot("db"), fscomp);
    int app = p.step("pot.app", createPot("app"));
    RecordingListener l = new RecordingListener();
    ApplyReport report = apply(sim(Duration.ofMillis(50), null), p.build(), l);

    assertTrue(report.succeeded(), l.events.toString());
    assertTrue(
        l.events.indexOf("applied " + db) < l.events.indexOf("start " + app), l.events.toString());
  }

  @Test
  void aSkippedCreateDoesNotHoldBackTheCreatesAfterIt() {
    TestPlans p = new TestPlans();
    int fscomp = p.step("fscomp.data", pot("create-fscomp", "-f", "data"));
    int db = p.step("pot.db", createPot("db"), fscomp);
    int app = p.step("pot.app", createPot("app"));
    RecordingListener l = new RecordingListener();
    apply(sim(Duration.ZERO, "create-fscomp"), p.build(), l);

    assertEquals(StepStatus.SKIPPED, l.results.get(db).status());
    assertEquals(StepStatus.APPLIED, l.results.get(app).status());
  }

  @Test
  void stepsOfOneResourceRunOneAtATimeInPlanOrder() {
    TestPlans p = new TestPlans();
    int create = p.step("pot.web", createPot("web"));
    int env = p.step("pot.web", pot("set-env", "-p", "web", "-E", "A=1"));
    int ports = p.step("pot.web", pot("export-ports", "-p", "web", "-e", "80:30080"));
    RecordingListener l = new RecordingListener();
    ApplyReport report = apply(sim(Duration.ofMillis(50), null), p.build(), l);

    assertTrue(report.succeeded(), l.events.toString());
    assertFalse(l.overlap(create, env) || l.overlap(env, ports) || l.overlap(create, ports));
    assertTrue(l.events.indexOf("applied " + env) < l.events.indexOf("start " + ports));
  }

  @Test
  void dependantsWaitUntilThePotRunsWithItsRedirects() {
    SimulatedHost host = sim(Duration.ZERO, null);
    AtomicInteger jlsCalls = new AtomicInteger();
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CommandRunner slowJail =
        c -> {
          log.add(c.display());
          if (c.program().equals("jls") && jlsCalls.incrementAndGet() <= 2) {
            return new CommandResult(0, "{\"jail-information\": {}}", "", Duration.ZERO);
          }
          return host.run(c);
        };
    TestPlans p = new TestPlans();
    int create = p.step("pot.db", createPot("db"));
    int ports = p.step("pot.db", pot("export-ports", "-p", "db", "-e", "5432:30432"), create);
    int start =
        p.step(
            "pot.db",
            pot("start", "-p", "db"),
            new Readiness.PotRunning("db", List.of("tcp/30432")),
            ports);
    int fscomp = p.step("fscomp.after", pot("create-fscomp", "-f", "after"), start);
    RecordingListener l = new RecordingListener();
    ApplyReport report = apply(slowJail, p.build(), l);

    assertTrue(report.succeeded(), l.events.toString());
    assertEquals(3, jlsCalls.get(), "readiness polled jls until the jail ran");
    int thirdJls = lastIndexOf(log, "jls ");
    int pfctl = lastIndexOf(log, "pfctl -a pot-rdr/db -s nat");
    int dependant = lastIndexOf(log, "pot create-fscomp -f after");
    assertTrue(thirdJls < pfctl && pfctl < dependant, log.toString());
    assertTrue(l.events.indexOf("applied " + start) < l.events.indexOf("start " + fscomp));
  }

  @Test
  void aNonPersistentPotIsReadyOnceItsStartReturned() {
    TestPlans p = new TestPlans();
    int create = p.step("pot.job", createPot("job"));
    int once =
        p.step(
            "pot.job", pot("set-attribute", "-p", "job", "-A", "persistent", "-V", "NO"), create);
    int start =
        p.step(
            "pot.job", pot("start", "-p", "job"), new Readiness.PotRunning("job", List.of()), once);
    RecordingListener l = new RecordingListener();
    ApplyReport report = apply(sim(Duration.ZERO, null), p.build(), l);

    assertTrue(report.succeeded(), l.results.get(start).detail());
  }

  private static int lastIndexOf(List<String> log, String prefix) {
    for (int i = log.size() - 1; i >= 0; i--) {
      if (log.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void aMissingRedirectFailsTheStepAfterTheTimeoutAndSkipsItsDependants() {
    TestPlans p = new TestPlans();
    int create = p.step("pot.web", createPot("web"));
    int ports = p.step("pot.web", pot("export-ports", "-p", "web", "-e", "80:30080"), create);
    int start =
        p.step(
            "pot.web",
            pot("start", "-p", "web"),
            new Readiness.PotRunning("web", List.of("tcp/30080", "udp/30053")),
            ports);
    int after = p.step("pot.app", createPot("app"), start);
    RecordingListener l = new RecordingListener();
    ApplyOptions shortWait =
        ApplyOptions.builder()
            .pollInterval(Duration.ofMillis(10))
            .readinessTimeout(Duration.ofMillis(100))
            .build();
    ApplyReport report = Applier.create(sim(Duration.ZERO, null)).apply(p.build(), shortWait, l);

    StepResult failed = l.results.get(start);
    assertEquals(StepStatus.FAILED, failed.status());
    assertEquals(
        "not ready after 100ms: redirect udp/30053 not active in pf anchor pot-rdr/web",
        failed.detail());
    assertEquals(StepStatus.SKIPPED, l.results.get(after).status());
    assertEquals("upstream failed: pot.web", l.results.get(after).detail());
    assertTrue(report.anyFailed());
  }

  @Test
  void aFailureSkipsItsTransitiveDependantsWhileIndependentBranchesApply() {
    TestPlans p = new TestPlans();
    int db = p.step("pot.db", createPot("db"));
    int dbStart = p.step("pot.db", pot("start", "-p", "db"), db);
    int web = p.step("pot.web", createPot("web"), dbStart);
    int webStart = p.step("pot.web", pot("start", "-p", "web"), web);
    int other = p.step("fscomp.logs", pot("create-fscomp", "-f", "logs"));
    p.unchanged("bridge.backend");
    RecordingListener l = new RecordingListener();
    ApplyReport report = apply(sim(Duration.ZERO, "create -p db "), p.build(), l);

    assertEquals(StepStatus.FAILED, l.results.get(db).status());
    assertTrue(
        l.results.get(db).detail().startsWith("'pot create -p db"), l.results.get(db).detail());
    assertTrue(l.results.get(db).detail().contains("simulated failure"));
    for (int skipped : List.of(dbStart, web, webStart)) {
      assertEquals(StepStatus.SKIPPED, l.results.get(skipped).status());
      assertEquals("upstream failed: pot.db", l.results.get(skipped).detail());
      assertFalse(l.started.containsKey(skipped), "skipped step " + skipped + " was started");
    }
    assertEquals(StepStatus.APPLIED, l.results.get(other).status());
    assertEquals(Status.FAILED, report.resource(ResourceAddress.pot("db")).orElseThrow().status());
    assertEquals(
        Status.SKIPPED, report.resource(ResourceAddress.pot("web")).orElseThrow().status());
    assertEquals(
        Status.UNCHANGED,
        report.resource(ResourceAddress.bridge("backend")).orElseThrow().status());
    assertEquals(new ApplyReport.Totals(1, 0, 0, 0, 1, 1, 1), report.totals());
    assertEquals(report, l.report);
  }

  @Test
  void aStopStartsNothingNewAndLetsTheRunningStepFinish() {
    TestPlans p = new TestPlans();
    int first = p.step("fscomp.a", pot("create-fscomp", "-f", "a"));
    int second = p.step("fscomp.b", pot("create-fscomp", "-f", "b"));
    AtomicBoolean stop = new AtomicBoolean();
    RecordingListener l =
        new RecordingListener() {
          @Override
          public void stepStarted(Step step, java.time.Instant at) {
            super.stepStarted(step, at);
            stop.set(true);
          }
        };
    ApplyOptions one = ApplyOptions.builder().parallelism(1).stopRequested(stop::get).build();
    ApplyReport report = Applier.create(sim(Duration.ofMillis(50), null)).apply(p.build(), one, l);

    assertEquals(StepStatus.APPLIED, l.results.get(first).status());
    assertEquals(StepStatus.SKIPPED, l.results.get(second).status());
    assertEquals(Walk.STOPPED, l.results.get(second).detail());
    assertTrue(report.stopped());
    assertFalse(report.succeeded());
  }

  @Test
  void aPlanWhoseStepWaitsForAMissingStepIsRefused() {
    Plan plan =
        TestPlans.plan(
            "spec",
            List.of(),
            List.of(
                new Step(
                    2,
                    ResourceAddress.pot("web"),
                    StepKind.CREATE_POT,
                    createPot("web"),
                    "",
                    List.of(1),
                    Readiness.NONE)),
            new java.util.TreeMap<>());
    assertThrows(
        IllegalArgumentException.class,
        () -> Applier.create(sim(Duration.ZERO, null)).apply(plan, FAST, ApplyListener.NOOP));
  }
}
