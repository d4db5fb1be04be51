package org.potctl.controller.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.potctl.controller.apply.InventoryListener;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.planner.Planner;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.model.Spec;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.files.HostFiles;
import org.potctl.state.host.Host;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.statedir.Inventory;

/** A simulated host in a directory, planned against and applied to by running a plan's steps. */
final class SimFixture {

  static final String APPLY_ID = "20260101T000000Z-0000";

  /** The examples directory, from the controller module. */
  static final Path EXAMPLES = Path.of("..", "examples", "potfiles");

  final Path dir;
  final SimulatedHost sim;

  SimFixture(Path dir) {
    this.dir = dir;
    this.sim = new SimulatedHost(SimOptions.of(dir));
  }

  HostState observe() {
    return HostObserver.create(sim, HostFiles.local()).observe();
  }

  String flavourDir(HostState host) {
    return HostObserver.flavourDirectory(
        HostFiles.local(), host.config().fsRoot(), Optional.empty());
  }

  Plan plan(Spec spec, String specId) {
    return plan(spec, spec.sourceDir().toString(), specId);
  }

  Plan plan(Spec spec, String specDir, String specId) {
    return plan(spec, specDir, specId, APPLY_ID);
  }

  Plan plan(Spec spec, String specDir, String specId, String applyId) {
    HostState host = observe();
    return new Planner()
        .plan(
            new PlanRequest(spec, specDir, specId, host, "sim", flavourDir(host), applyId)
                .withInventory(inventory().snapshot()));
  }

  /** The host's inventory of the bridges and flavours potctl created. */
  Inventory inventory() {
    return new Inventory(Host.defaultStateDir(sim));
  }

  /**
   * Runs every step in id order, each of which must succeed, keeping the inventory as {@code potctl
   * apply} does.
   */
  void apply(Plan plan) {
    InventoryListener inventory = new InventoryListener(inventory());
    inventory.applyStarted(plan, Instant.EPOCH);
    for (Step s : plan.steps()) {
      inventory.stepStarted(s, Instant.EPOCH);
      Command c = Command.of(s.argv()).withStdin(s.stdin());
      CommandResult r = sim.run(c);
      assertEquals(
          0, r.exitCode(), "step " + s.id() + " " + c.display() + ": " + r.stderr() + r.stdout());
      inventory.stepApplied(StepResult.applied(s, Instant.EPOCH, Instant.EPOCH));
    }
  }

  /** Runs one command on the host; it must succeed. */
  void run(String... argv) {
    Command c = Command.of(argv);
    CommandResult r = sim.run(c);
    assertEquals(0, r.exitCode(), c.display() + ": " + r.stderr());
  }

  static Spec load(Path specDir) {
    // the examples' hooks (everyday) are accepted as with the operator's --allow-hooks
    return load(specDir, LoadOptions.defaults().withHooks(true));
  }

  static Spec load(Path specDir, LoadOptions options) {
    LoadResult r = new SpecLoader().load(specDir, options);
    assertTrue(r.isValid(), () -> r.diagnostics().toString());
    return r.spec().orElseThrow();
  }
}
