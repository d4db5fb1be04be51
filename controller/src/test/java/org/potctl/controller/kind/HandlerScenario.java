package org.potctl.controller.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.apply.Applier;
import org.potctl.controller.apply.ApplyOptions;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.InventoryListener;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.planner.Planner;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.address.ResourceAddress;
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

/** A Potfile, a simulated host and the plan between them, for handler tests. */
final class HandlerScenario {

  static final String ID = "app";

  private final Path dir;
  private final SimulatedHost sim;
  private int applies;

  HandlerScenario(Path dir) {
    this.dir = dir;
    this.sim = new SimulatedHost(SimOptions.of(dir.resolve("sim")));
  }

  /** Loads {@code yaml} (after {@code version: 1}) as the spec. */
  Spec spec(String yaml) {
    Path specDir = dir.resolve("spec-" + ++applies).resolve(ID);
    try {
      Files.createDirectories(specDir);
      Files.writeString(specDir.resolve("potfile.yaml"), "version: 1\n" + yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LoadResult r = new SpecLoader().load(specDir, LoadOptions.defaults());
    assertTrue(r.isValid(), r.diagnostics().toString());
    return r.spec().orElseThrow();
  }

  Plan plan(Spec spec) {
    HostState host = HostObserver.create(sim, HostFiles.local()).observe();
    String flavours =
        HostObserver.flavourDirectory(HostFiles.local(), host.config().fsRoot(), Optional.empty());
    return new Planner()
        .plan(
            new PlanRequest(spec, "spec", ID, host, "sim", flavours, "a" + ++applies)
                .withInventory(inventory().snapshot()));
  }

  /** The host's inventory (bridges and flavours potctl created). */
  Inventory inventory() {
    return new Inventory(Host.defaultStateDir(sim));
  }

  /** Plans and applies every step, recording into the inventory as {@code potctl apply} does. */
  void converge(Spec spec) {
    ApplyReport report =
        Applier.create(sim)
            .apply(
                plan(spec),
                ApplyOptions.builder().parallelism(1).build(),
                new InventoryListener(inventory()));
    assertTrue(report.succeeded(), report.toString());
    assertEquals(List.of(), plan(spec).steps());
  }

  void run(String... argv) {
    Command c = Command.of(argv);
    CommandResult r = sim.run(c);
    assertEquals(0, r.exitCode(), c.display() + ": " + r.stderr());
  }

  static Change change(Plan plan, ResourceAddress address) {
    return plan.change(address).orElseThrow(() -> new AssertionError("no change for " + address));
  }

  static List<String> argvs(Plan plan) {
    return plan.steps().stream().map(s -> String.join(" ", s.argv())).toList();
  }
}
