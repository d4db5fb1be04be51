package org.potctl.controller;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.plan.Interruptions;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.PlanRequest;
import org.potctl.controller.planner.Planner;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.LoadResult;
import org.potctl.schema.SpecLoader;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.Spec;
import org.potctl.state.files.HostFiles;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostSpec;
import org.potctl.state.hostdir.HostDirResolver;
import org.potctl.state.model.HostState;
import org.potctl.state.net.IfconfigOutput;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.pot.PotArguments;
import org.potctl.state.sim.SimHostFs;
import org.potctl.state.ssh.SshRunner;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.InventorySnapshot;
import org.potctl.state.statedir.JournalReader;

/**
 * The steps every engine operation shares: load and check the spec (before any host is touched),
 * then observe a connected host once and plan.
 */
final class Pipeline {

  /** How many of the newest journals the planner reads for half-done objects. */
  static final int JOURNALS_READ = 50;

  private Pipeline() {}

  /**
   * The loaded spec, or its diagnostics when it is invalid (then no host is changed; only a
   * lock-free plan's simulated or local host, observed meanwhile, has been connected).
   *
   * @param spec the spec, empty when invalid
   * @param diagnostics the spec's diagnostics
   */
  record Loaded(Optional<Spec> spec, Diagnostics diagnostics) {}

  /**
   * Loads the spec of {@code request} and checks its host-directory mounts (local and simulated
   * hosts).
   */
  static Loaded load(EngineRequest request) {
    LoadOptions roots = request.loadOptions();
    LoadResult loaded = new SpecLoader().load(request.dir(), roots);
    if (loaded.spec().isEmpty()) {
      return new Loaded(Optional.empty(), loaded.diagnostics());
    }
    Diagnostics diagnostics = loaded.diagnostics();
    diagnostics = diagnostics.plus(hostDirs(request, loaded.spec().get(), roots));
    return new Loaded(diagnostics.hasErrors() ? Optional.empty() : loaded.spec(), diagnostics);
  }

  /**
   * The plan-time check of {@code dir} mounts on a local or simulated host (the simulator's host
   * directories live in its own tree, {@link SimHostFs}); an ssh host is checked in {@code planOn}.
   */
  private static Diagnostics hostDirs(EngineRequest request, Spec spec, LoadOptions roots) {
    List<Path> allowed = roots.allowedHostDirs();
    return switch (request.hostSpec()) {
      case HostSpec.Local local ->
          HostDirMounts.check(spec, allowed, HostDirResolver.local(), p -> "on the host");
      case HostSpec.Sim sim -> {
        SimHostFs fs = SimHostFs.of(sim.options().dir());
        yield HostDirMounts.check(
            spec,
            allowed,
            new HostDirResolver(fs),
            p -> "on the simulated host (make it as " + fs.onDisk(p) + ")");
      }
      case HostSpec.Ssh ssh -> Diagnostics.builder().build();
    };
  }

  /** Observes {@code host} once and plans {@code loaded} (valid) against it. */
  static PlanResult planOn(Host host, EngineRequest request, Loaded loaded) {
    return planOn(host, request, loaded, Optional.empty());
  }

  /** Plans {@code loaded} (valid) against {@code observed}, what {@code host} showed just now. */
  static PlanResult planOn(Host host, EngineRequest request, Loaded loaded, HostState observed) {
    return planOn(host, request, loaded, Optional.of(observed));
  }

  private static PlanResult planOn(
      Host host, EngineRequest request, Loaded loaded, Optional<HostState> observed) {
    Diagnostics diagnostics = loaded.diagnostics();
    Spec spec = loaded.spec().orElseThrow();
    if (host.sshRunner().isPresent()) {
      SshRunner ssh = host.sshRunner().get();
      diagnostics = diagnostics.plus(HostDirMounts.checkRemote(spec, request.loadOptions(), ssh));
      if (diagnostics.hasErrors()) {
        return new PlanResult.Invalid(diagnostics);
      }
    }
    String specId = request.resolvedSpecId();
    HostFiles files = host.files();
    HostState state =
        withInterfaces(
            host,
            spec,
            observed.orElseGet(() -> HostObserver.create(host.runner(), files).observe()));
    String flavourDir =
        HostObserver.flavourDirectory(files, state.config().fsRoot(), Optional.empty());
    String applyId = request.applyId().orElseGet(Engine::newApplyId);
    InventorySnapshot inventory = new Inventory(host.state()).snapshot();
    List<Diagnostic> problems = new ArrayList<>();
    SpecOrigins.check(request, specId, inventory, state).ifPresent(problems::add);
    problems.addAll(interruptedHostChanges(host, specId));
    PlanRequest planRequest =
        new PlanRequest(
                spec,
                location(request.dir()),
                specId,
                state,
                host.driver(),
                flavourDir,
                PotArguments.id("apply id", applyId))
            .withInventory(inventory)
            .withInterruptions(interruptions(host, specId, problems))
            .withImageKey(request.imageKey())
            .withAllowances(request.allowances());
    Plan plan = withErrors(new Planner().plan(planRequest), problems);
    return new PlanResult.Planned(
        diagnostics, spec, specId, host.banner(), state, plan, inventory, refusals(host, specId));
  }

  /**
   * {@code state} with the host's interface addresses ({@code ifconfig -a}, one command) when the
   * spec has an alias pot with addresses, the only thing they are judged for; other plans do not
   * pay for them.
   */
  private static HostState withInterfaces(Host host, Spec spec, HostState state) {
    boolean aliases =
        spec.pots().values().stream()
            .anyMatch(p -> p.network().type() == NetworkType.ALIAS && !p.network().ips().isEmpty());
    return aliases && state.interfaces().isEmpty()
        ? state.withInterfaces(IfconfigOutput.observe(host.runner()))
        : state;
  }

  /** The spec directory as recorded in a plan: absolute and canonical (symlinks resolved). */
  static String location(Path dir) {
    try {
      return dir.toRealPath().toString();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize().toString();
    }
  }

  /**
   * What the applies of {@code specId} since its last successful one left half-done, from the
   * journals in the host's state directory. A journal that cannot be read is a plan error (added to
   * {@code problems}), never "no interruptions": the plan could miss a half-done object.
   */
  static Interruptions interruptions(Host host, String specId, List<Diagnostic> problems) {
    try {
      return Interruptions.from(
          new JournalReader(host.state()).unsuccessfulSince(specId, JOURNALS_READ));
    } catch (RuntimeException e) {
      problems.add(
          Diagnostic.error(
              "journal",
              "cannot read the journals in "
                  + host.state().location()
                  + " to find what an earlier apply left half-done: "
                  + e.getMessage()));
      return Interruptions.NONE;
    }
  }

  /**
   * The spec's refusals since its last run, for {@code status}; journals that cannot be listed give
   * none ({@link #interruptions} already makes that a plan error).
   */
  private static List<ApplyJournal> refusals(Host host, String specId) {
    try {
      return new JournalReader(host.state()).refusalsSinceLastRun(specId, JOURNALS_READ);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /**
   * Warnings of what a host change of this spec's objects ({@code adopt}, {@code forget}, …) left
   * unfinished when it was killed ({@link InterruptedEdits#ofSpec}). Journals that cannot be read
   * add nothing here: {@link #interruptions} already makes that a plan error.
   */
  private static List<Diagnostic> interruptedHostChanges(Host host, String specId) {
    try {
      return InterruptedEdits.ofSpec(host.state(), specId, JOURNALS_READ);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static Plan withErrors(Plan plan, List<Diagnostic> errors) {
    if (errors.isEmpty()) {
      return plan;
    }
    List<Diagnostic> all = new ArrayList<>(plan.diagnostics());
    all.addAll(errors);
    return plan.withDiagnostics(all);
  }
}
