package org.potctl.controller;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.apply.Applier;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyOptions;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.JournalListener;
import org.potctl.controller.plan.HostPlan;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.state.host.Host;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.Journal;
import org.potctl.state.statedir.LockHeldException;

/**
 * One {@link HostChange} on a connected host, in the order {@link Engine#change} promises: lock
 * (not for a dry run), observe once, draft the plan, show it, confirm, journal, inventory edits,
 * applier.
 */
final class HostChangeRun {

  private final Host host;
  private final ApplyRequest how;
  private final ApplyGate gate;
  private final ApplyListener listener;
  private final Clock clock;

  HostChangeRun(Host host, ApplyRequest how, ApplyGate gate, ApplyListener listener, Clock clock) {
    this.host = host;
    this.how = how;
    this.gate = gate;
    this.listener = listener;
    this.clock = clock;
  }

  ChangeOutcome run(HostChange change, Optional<Pipeline.Loaded> loaded) {
    if (how.dryRun()) {
      return drafted(change, loaded, Optional.empty());
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
      // held by another run: on record like a refused apply (no spec id: a host change has none)
      List<String> reasons =
          new RefusalRecord(host, how, gate, clock)
              .record(Optional.empty(), List.of(e.getMessage()), false);
      return new ChangeOutcome.Refused(reasons, Optional.empty()).warned(warnings(loaded));
    }
    try (held) {
      return drafted(change, loaded, Optional.of(held));
    }
  }

  private ChangeOutcome drafted(
      HostChange change, Optional<Pipeline.Loaded> loaded, Optional<HostLock.Held> held) {
    Diagnostics warnings = warnings(loaded);
    return switch (draft(change, loaded)) {
      case Drafted.Stop stop -> stop.outcome().warned(warnings);
      case Drafted.Ready ready -> {
        ChangeOutcome outcome = checked(ready.plan().reported(warnings), held);
        if (change instanceof HostChange.Adopt adopt
            && outcome instanceof ChangeOutcome.Applied applied) {
          // adopting takes the spec id over: this spec becomes its recorded origin
          SpecOrigins.claim(host, adopt.spec(), applied.planned().plan().specId());
        }
        yield outcome;
      }
    };
  }

  /** The spec's warnings ({@code adopt}, {@code image build}): reported by every outcome. */
  private static Diagnostics warnings(Optional<Pipeline.Loaded> loaded) {
    return loaded.map(Pipeline.Loaded::diagnostics).orElseGet(Diagnostics::empty);
  }

  private Drafted draft(HostChange change, Optional<Pipeline.Loaded> loaded) {
    String id = Engine.newApplyId();
    return switch (change) {
      case HostChange.Adopt adopt -> AdoptDraft.draft(host, adopt, loaded.orElseThrow());
      case HostChange.Forget forget ->
          ForgetDraft.draft(host, observe(), new Inventory(host.state()).snapshot(), forget, id);
      case HostChange.Restore restore -> RestoreDraft.draft(host, observe(), restore, id);
      case HostChange.Gc gc -> GcDraft.draft(host, observe(), gc, clock.instant(), id);
      case HostChange.BootCheck boot -> BootCheckDraft.draft(host, observe(), id);
      case HostChange.ImageBuild build ->
          ImageBuildDraft.draft(
              host,
              observe(),
              new Inventory(host.state()).snapshot(),
              build,
              loaded.orElseThrow(),
              id);
    };
  }

  private HostState observe() {
    return HostObserver.create(host.runner(), host.files()).observe();
  }

  /** {@code held} is empty only for a dry run, which returns before anything could run. */
  private ChangeOutcome checked(HostPlan plan, Optional<HostLock.Held> held) {
    gate.planned(plan);
    InterruptedEdits.notices(host.state(), plan).forEach(gate::notice);
    if (how.dryRun()) {
      return new ChangeOutcome.DryRun(plan);
    }
    if (!plan.hasChanges()) {
      return new ChangeOutcome.Applied(
          plan,
          Applier.create(host.runner(), host.files())
              .apply(plan.plan(), ApplyOptions.builder().build(), ApplyListener.NOOP));
    }
    Optional<String> refusal = gate.refusal(plan.plan(), plan.hostBanner());
    if (refusal.isPresent()) {
      return new ChangeOutcome.Refused(List.of(refusal.get()), Optional.of(plan));
    }
    return new ChangeOutcome.Applied(plan, journalled(plan, held.orElseThrow()));
  }

  /**
   * Runs {@code plan} under a journal of its own. The journal carries no spec id: a host change is
   * never the "last successful apply" of a spec, which would hide what an interrupted apply of that
   * spec left half-done from its next plan. It names the spec ids whose objects it touches instead
   * ({@code spec_ids}), so the plans of those specs report it when it was killed mid-edit ({@link
   * InterruptedEdits#ofSpec}). Old journals are pruned after it (still under the lock).
   */
  private ApplyReport journalled(HostPlan plan, HostLock.Held held) {
    ApplyReport report = journalledRun(plan, held);
    JournalPruning.after(host, how, plan.plan().applyId(), gate);
    return report;
  }

  private ApplyReport journalledRun(HostPlan plan, HostLock.Held held) {
    try (Journal journal =
        Journal.startHostChange(
            host.state(), plan.plan().applyId(), how.command(), plan.specIds(), clock)) {
      try {
        Inventory inventory = new Inventory(host.state());
        for (HostPlan.InventoryEdit e : plan.inventory()) {
          edited(journal, inventory, e);
        }
      } catch (RuntimeException e) {
        journal.applyFinished("failed");
        throw e;
      }
      ApplyOptions options =
          ApplyOptions.builder()
              .parallelism(how.parallelism())
              .stopRequested(LostLockStop.of(how.stopRequested(), held, journal, gate))
              .build();
      return Applier.create(host.runner(), host.files())
          .apply(
              plan.plan(),
              options,
              ApplyListener.all(List.of(new JournalListener(journal), listener)));
    }
  }

  /**
   * One inventory edit as a journal step (number 0: before the plan's step 1; kind {@link
   * StepKind#INVENTORY_RECORD} or {@link StepKind#INVENTORY_REMOVE}, no argv): a run killed
   * mid-edit leaves a started line without its end, like a killed step. Edits are idempotent, so
   * the next run redoes it.
   */
  private void edited(Journal journal, Inventory inventory, HostPlan.InventoryEdit e) {
    String address = InterruptedEdits.address(e);
    long started = System.nanoTime();
    StepKind kind = e.add() ? StepKind.INVENTORY_RECORD : StepKind.INVENTORY_REMOVE;
    journal.stepStarted(0, address, kind.code(), List.of());
    try {
      if (e.add()) {
        inventory.record(e.specId(), e.kind(), e.name());
      } else {
        inventory.remove(e.specId(), e.kind(), e.name());
      }
    } catch (RuntimeException failed) {
      journal.stepFailed(
          0, address, java.time.Duration.ofNanos(System.nanoTime() - started), failed.getMessage());
      throw failed;
    }
    journal.stepFinished(0, address, java.time.Duration.ofNanos(System.nanoTime() - started));
  }
}
