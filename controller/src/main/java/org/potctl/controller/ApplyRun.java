package org.potctl.controller;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.apply.Applier;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyOptions;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.InventoryListener;
import org.potctl.controller.apply.JournalListener;
import org.potctl.controller.plan.Plan;
import org.potctl.state.host.Host;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.Journal;
import org.potctl.state.statedir.LockHeldException;

/** One apply on a connected host: the sequence {@link Engine#apply} promises, in order. */
final class ApplyRun {

  private final Host host;
  private final ApplyRequest how;
  private final ApplyGate gate;
  private final ApplyListener listener;
  private final Clock clock;

  ApplyRun(Host host, ApplyRequest how, ApplyGate gate, ApplyListener listener, Clock clock) {
    this.host = host;
    this.how = how;
    this.gate = gate;
    this.listener = listener;
    this.clock = clock;
  }

  ApplyOutcome run(EngineRequest request, Pipeline.Loaded loaded, Optional<Plan> saved) {
    if (how.dryRun()) {
      return planned(request, loaded, saved, Optional.empty());
    }
    HostLock.Held held;
    try {
      held =
          new HostLock(host.state())
              .acquire(
                  how.command(),
                  how.lockWait(),
                  holder -> listener.lockWaiting(holder, how.lockWait()));
    } catch (LockHeldException e) {
      return onRecord(request, List.of(e.getMessage()), Optional.empty(), false);
    }
    try (held) {
      return planned(request, loaded, saved, Optional.of(held));
    }
  }

  private ApplyOutcome planned(
      EngineRequest request,
      Pipeline.Loaded loaded,
      Optional<Plan> saved,
      Optional<HostLock.Held> held) {
    PlanResult result;
    try {
      result = Pipeline.planOn(host, request, loaded);
    } catch (SpecIdInUseException e) {
      return held.isEmpty()
          ? new ApplyOutcome.Refused(e.reasons(), Optional.empty())
          : onRecord(request, e.reasons(), Optional.empty(), true);
    }
    if (!(result instanceof PlanResult.Planned planned)) {
      return new ApplyOutcome.Invalid(result.specDiagnostics());
    }
    return checked(request, planned, saved, held);
  }

  /**
   * The checks after the plan, in order; {@code held} is empty only for a dry run (lock-free, like
   * {@code plan}), which returns before anything could run.
   */
  private ApplyOutcome checked(
      EngineRequest request,
      PlanResult.Planned planned,
      Optional<Plan> saved,
      Optional<HostLock.Held> held) {
    gate.planned(planned);
    Plan plan = planned.plan();
    if (saved.isPresent()) {
      List<String> differs = PlanDiff.between(saved.get(), plan);
      if (!differs.isEmpty()) {
        List<String> reasons = new ArrayList<>();
        reasons.add(
            "the saved plan no longer matches a fresh plan of "
                + plan.specDir()
                + " on this host; nothing of it was run (make a new plan):");
        differs.forEach(d -> reasons.add("  " + d));
        return onRecord(request, reasons, Optional.of(planned), held.isPresent());
      }
      Optional<String> ran = SavedPlans.applied(host, plan.applyId());
      if (ran.isPresent()) {
        return onRecord(request, List.of(ran.get()), Optional.of(planned), held.isPresent());
      }
    }
    if (plan.hasErrors()) {
      return new ApplyOutcome.PlanFailed(planned);
    }
    List<String> refusals = how.guards().refusals(plan);
    if (!refusals.isEmpty()) {
      return new ApplyOutcome.Refused(refusals, Optional.of(planned));
    }
    if (how.dryRun()) {
      return new ApplyOutcome.DryRun(planned);
    }
    if (!plan.hasChanges()) {
      SpecOrigins.claim(host, request, planned.specId());
      return new ApplyOutcome.Applied(
          planned,
          Applier.create(host.runner(), host.files())
              .apply(plan, ApplyOptions.builder().build(), ApplyListener.NOOP));
    }
    Optional<String> refusal = gate.refusal(plan, host.banner());
    if (refusal.isPresent()) {
      return new ApplyOutcome.Refused(List.of(refusal.get()), Optional.of(planned));
    }
    SpecOrigins.claim(host, request, planned.specId()); // recorded before the first step runs
    return new ApplyOutcome.Applied(planned, journalled(plan, held.orElseThrow()));
  }

  /**
   * A refusal for what the host holds, on record ({@link RefusalRecord}); {@code locked} when this
   * run holds the host lock.
   */
  private ApplyOutcome onRecord(
      EngineRequest request,
      List<String> reasons,
      Optional<PlanResult.Planned> planned,
      boolean locked) {
    return new ApplyOutcome.Refused(
        new RefusalRecord(host, how, gate, clock)
            .record(Optional.of(request.resolvedSpecId()), reasons, locked),
        planned);
  }

  /** Runs {@code plan} under its journal, then prunes old journals (still under the lock). */
  private ApplyReport journalled(Plan plan, HostLock.Held held) {
    ApplyReport report = journalledRun(plan, held);
    JournalPruning.after(host, how, plan.applyId(), gate);
    return report;
  }

  private ApplyReport journalledRun(Plan plan, HostLock.Held held) {
    try (Journal journal =
        Journal.start(
            host.state(), plan.applyId(), how.command(), Optional.of(plan.specId()), clock)) {
      ApplyOptions options =
          ApplyOptions.builder()
              .parallelism(how.parallelism())
              .stopRequested(LostLockStop.of(how.stopRequested(), held, journal, gate))
              .build();
      ApplyListener all =
          ApplyListener.all(
              List.of(
                  new JournalListener(journal),
                  new InventoryListener(new Inventory(host.state())),
                  listener));
      return Applier.create(host.runner(), host.files()).apply(plan, options, all);
    }
  }
}
