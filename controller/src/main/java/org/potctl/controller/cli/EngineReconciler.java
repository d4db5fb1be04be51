package org.potctl.controller.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.potctl.controller.ApplyGate;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.apply.ApplyGuards;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.plan.Allowances;
import org.potctl.controller.watch.ReconcileOutcome;
import org.potctl.controller.watch.ReconcileResult;
import org.potctl.controller.watch.Reconciler;
import org.potctl.state.StateException;
import org.potctl.state.statedir.JournalRetention;

/**
 * The watcher's reconciler: one {@link Engine#apply} (lock, observe, plan, guards, journal,
 * applier, host closed), as {@code potctl apply DIR --yes} runs it; {@link Engine#plan} with {@code
 * --plan-only}; {@link ReconcileOutcomes} records what came of it.
 */
final class EngineReconciler implements Reconciler {

  /** How long an apply waits for another potctl holding the host lock before it is refused. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(10);

  private final ReconcilerSettings settings;

  EngineReconciler(
      Optional<String> host,
      List<Path> allowHostDirs,
      boolean allowDataLoss,
      OptionalInt maxDestroy,
      BooleanSupplier stopRequested) {
    this(
        host,
        Allowances.NONE.withHostDirs(allowHostDirs),
        allowDataLoss,
        maxDestroy,
        stopRequested);
  }

  EngineReconciler(
      Optional<String> host,
      Allowances allowances,
      boolean allowDataLoss,
      OptionalInt maxDestroy,
      BooleanSupplier stopRequested) {
    this(
        new ReconcilerSettings(
            host,
            allowances,
            allowDataLoss,
            maxDestroy,
            stopRequested,
            Optional.empty(),
            true,
            Optional.empty(),
            JournalRetention.DEFAULT_KEPT));
  }

  private EngineReconciler(ReconcilerSettings settings) {
    this.settings = settings;
  }

  /**
   * This reconciler recording {@code origin} (the repository URL + path, or the canonical
   * directory) as its spec's origin; {@code deliberate} when {@code --spec-id} was given, so an id
   * recorded for another origin is taken over instead of refused.
   */
  EngineReconciler withOrigin(String newOrigin, boolean deliberate) {
    return new EngineReconciler(settings.withOrigin(newOrigin, deliberate));
  }

  /** This reconciler importing images verified with {@code key} ({@code --image-key}), if set. */
  EngineReconciler withImageKey(Optional<String> key) {
    return new EngineReconciler(settings.withImageKey(key));
  }

  /** This reconciler keeping {@code n} journals per spec id when its applies prune. */
  EngineReconciler withJournalsKept(int n) {
    return new EngineReconciler(settings.withJournalsKept(n));
  }

  @Override
  public ReconcileOutcome reconcile(Path specDir, String specId, boolean planOnly) {
    ReconcilerSettings s = settings;
    EngineRequest request =
        new EngineRequest(specDir, s.host(), Optional.of(specId), Optional.empty(), s.allowances())
            .withOrigin(s.origin(), s.takeOver())
            .withImageKey(s.imageKey());
    try {
      if (planOnly) {
        return ReconcileOutcomes.planned(Engine.create().plan(request));
      }
      ApplyRequest how =
          ApplyRequest.of("potctl watch " + specDir)
              .withLockWait(LOCK_WAIT)
              .withGuards(new ApplyGuards(s.allowDataLoss(), s.maxDestroy(), true))
              .withStop(s.stopRequested())
              .withJournalsKept(s.journalsKept());
      return ReconcileOutcomes.applied(
          Engine.create().apply(request, how, ApplyGate.PROCEED, ApplyListener.NOOP));
    } catch (StateException e) {
      return ReconcileOutcome.of(
          ReconcileResult.FAILED, List.of(), "cannot observe the host: " + e.getMessage());
    }
  }
}
