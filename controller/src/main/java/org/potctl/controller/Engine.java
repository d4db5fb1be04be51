package org.potctl.controller;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.plan.Allowances;
import org.potctl.controller.plan.Plan;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.statedir.Journal;

/**
 * The one path a change takes (DESIGN.md §4, Terraform's {@code backend.Operation}, JOSDK's {@code
 * Workflow}): {@link #plan} for {@code plan}, {@code status} and {@code graph}, lock-free; {@link
 * #apply} and {@link #applySaved} for applies, {@link #change} for {@code adopt}, {@code forget},
 * {@code restore} and {@code gc}: everything that changes a host. The engine loads the spec,
 * connects the host, takes the host lock <em>before</em> it observes (apply only), observes once,
 * plans, checks a saved plan against a fresh one, checks the guards, journals, runs the applier
 * with the journal and inventory listeners, and closes the host. Callers only render.
 */
public final class Engine {

  private final Clock clock;

  private Engine(Clock clock) {
    this.clock = clock;
  }

  /** The engine on the system clock. */
  public static Engine create() {
    return new Engine(Clock.systemUTC());
  }

  /**
   * Plans {@code request} without the host lock and closes the host. A simulated or local host is
   * connected and observed on a second thread while the spec loads ({@link EarlyObservation});
   * observing changes nothing, and an invalid spec's diagnostics win over an observation error.
   *
   * @throws IllegalArgumentException when {@code --host} or the spec id is malformed (usage)
   * @throws org.potctl.state.StateException when the host cannot be observed
   */
  public PlanResult plan(EngineRequest request) {
    request.resolvedSpecId();
    HostSpec hostSpec = request.hostSpec();
    if (EarlyObservation.applies(hostSpec)) {
      try (EarlyObservation early = EarlyObservation.start(hostSpec)) {
        Pipeline.Loaded loaded = Pipeline.load(request);
        if (loaded.spec().isEmpty()) {
          return new PlanResult.Invalid(loaded.diagnostics());
        }
        EarlyObservation.Observed observed = early.get();
        return Pipeline.planOn(observed.host(), request, loaded, observed.state());
      }
    }
    Pipeline.Loaded loaded = Pipeline.load(request);
    if (loaded.spec().isEmpty()) {
      return new PlanResult.Invalid(loaded.diagnostics());
    }
    try (Host host = HostConnector.connect(hostSpec)) {
      return Pipeline.planOn(host, request, loaded);
    }
  }

  /**
   * Plans {@code request} on {@code host}, which the caller connected (and locked, for {@code
   * adopt}) and closes.
   */
  public PlanResult planOn(Host host, EngineRequest request) {
    Pipeline.Loaded loaded = Pipeline.load(request);
    if (loaded.spec().isEmpty()) {
      return new PlanResult.Invalid(loaded.diagnostics());
    }
    return Pipeline.planOn(host, request, loaded);
  }

  /**
   * Applies {@code request}: lock, observe, plan, {@code gate}, guards, journal, applier.
   *
   * @param listener told about every step (progress); a listener that throws fails its step
   * @throws IllegalArgumentException when {@code --host} or the spec id is malformed (usage)
   * @throws org.potctl.state.StateException when the host cannot be observed
   */
  public ApplyOutcome apply(
      EngineRequest request, ApplyRequest how, ApplyGate gate, ApplyListener listener) {
    request.resolvedSpecId();
    Pipeline.Loaded loaded = Pipeline.load(request);
    if (loaded.spec().isEmpty()) {
      return new ApplyOutcome.Invalid(loaded.diagnostics());
    }
    try (Host host = HostConnector.connect(request.hostSpec())) {
      return new ApplyRun(host, how, gate, listener, clock).run(request, loaded, Optional.empty());
    }
  }

  /**
   * Applies a saved plan as a promise (DESIGN.md §4): re-plans its spec (its absolute location, its
   * spec id and apply id) against the freshly observed host under the lock, and runs the saved
   * steps only when the fresh plan is identical; otherwise refuses with what differs.
   *
   * @param host the {@code --host} value, empty for the default
   * @param allowances what the operator allows (the command line and config file of this run)
   */
  public ApplyOutcome applySaved(
      Plan saved,
      Optional<String> host,
      Allowances allowances,
      Optional<String> imageKey,
      ApplyRequest how,
      ApplyGate gate,
      ApplyListener listener) {
    Optional<String> unusable = SavedPlans.unusable(saved, clock.instant());
    if (unusable.isPresent()) {
      return new ApplyOutcome.Refused(List.of(unusable.get()), Optional.empty());
    }
    EngineRequest request =
        new EngineRequest(
                Path.of(saved.specDir()),
                host,
                Optional.of(saved.specId()),
                Optional.of(saved.applyId()),
                allowances)
            .withImageKey(imageKey)
            .withOrigin(Optional.empty(), SpecOrigins.tookOver(saved));
    HostSpec spec = request.hostSpec();
    Pipeline.Loaded loaded = Pipeline.load(request);
    if (loaded.spec().isEmpty()) {
      List<String> reasons = new ArrayList<>();
      reasons.add("the spec " + saved.specDir() + " of the saved plan no longer validates:");
      loaded.diagnostics().errors().forEach(e -> reasons.add("  " + e.line()));
      return new ApplyOutcome.Refused(reasons, Optional.empty());
    }
    try (Host connected = HostConnector.connect(spec)) {
      return new ApplyRun(connected, how, gate, listener, clock)
          .run(request, loaded, Optional.of(saved));
    }
  }

  /**
   * Makes and runs the plan of {@code change} ({@code adopt}, {@code forget}, {@code restore},
   * {@code gc}, {@code image build}, {@code boot-check}): connect, lock (not for a dry run),
   * observe once, plan, show it to {@code gate}, confirm, journal, run the steps through the
   * applier, close the host.
   *
   * @param listener told about every step (progress); a listener that throws fails its step
   * @throws IllegalArgumentException when {@code --host} or the spec id is malformed (usage)
   * @throws org.potctl.state.StateException when the host cannot be observed
   */
  public ChangeOutcome change(
      HostChange change, ApplyRequest how, ApplyGate gate, ApplyListener listener) {
    Optional<Pipeline.Loaded> loaded = Optional.empty();
    Optional<EngineRequest> request =
        switch (change) {
          case HostChange.Adopt adopt -> Optional.of(adopt.spec());
          case HostChange.ImageBuild build -> Optional.of(build.spec());
          case HostChange.Forget f -> Optional.empty();
          case HostChange.Restore r -> Optional.empty();
          case HostChange.Gc g -> Optional.empty();
          case HostChange.BootCheck b -> Optional.empty();
        };
    if (request.isPresent()) {
      request.get().resolvedSpecId();
      Pipeline.Loaded spec = Pipeline.load(request.get());
      if (spec.spec().isEmpty()) {
        return new ChangeOutcome.Invalid(spec.diagnostics());
      }
      loaded = Optional.of(spec);
    }
    HostSpec spec = change.host().map(HostSpec::parse).orElseGet(HostSpec::defaultSpec);
    try (Host host = HostConnector.connect(spec)) {
      return new HostChangeRun(host, how, gate, listener, clock).run(change, loaded);
    }
  }

  /**
   * A new apply id: the UTC start time to the millisecond, a sequence number and random digits,
   * e.g. {@code 20261123T135501.042Z-0003-3fa2} ({@link Journal#newApplyId}); ids sort by start
   * time.
   */
  public static String newApplyId() {
    return Journal.newApplyId(Instant.now());
  }
}
