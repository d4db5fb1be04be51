package org.potctl.controller.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.potctl.controller.ApplyGate;
import org.potctl.controller.ApplyOutcome;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.PlanResult;
import org.potctl.controller.apply.ApplyGuards;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.watch.ReconcileOutcome;
import org.potctl.controller.watch.ReconcileResult;
import org.potctl.controller.watch.Reconciler;
import org.potctl.controller.watch.StepRecord;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.state.StateException;
import org.potctl.state.statedir.JournalRetention;

/**
 * The watcher's reconciler: one {@link Engine#apply} (lock, observe, plan, guards, journal,
 * applier, host closed), as {@code potctl apply DIR --yes} runs it; {@link Engine#plan} with {@code
 * --plan-only}. Drift is every resource whose planned action is not {@code noop}.
 */
final class EngineReconciler implements Reconciler {

  /** How long an apply waits for another potctl holding the host lock before it is refused. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(10);

  private final Optional<String> host;
  private final List<Path> allowHostDirs;
  private final boolean allowPrivilegedAttributes;
  private final boolean allowDataLoss;
  private final OptionalInt maxDestroy;
  private final BooleanSupplier stopRequested;
  private final Optional<String> origin;
  private final boolean takeOver;
  private final Optional<String> imageKey;
  private final int journalsKept;

  EngineReconciler(
      Optional<String> host,
      List<Path> allowHostDirs,
      boolean allowDataLoss,
      OptionalInt maxDestroy,
      BooleanSupplier stopRequested) {
    this(host, allowHostDirs, false, allowDataLoss, maxDestroy, stopRequested);
  }

  EngineReconciler(
      Optional<String> host,
      List<Path> allowHostDirs,
      boolean allowPrivilegedAttributes,
      boolean allowDataLoss,
      OptionalInt maxDestroy,
      BooleanSupplier stopRequested) {
    this(
        host,
        allowHostDirs,
        allowPrivilegedAttributes,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        Optional.empty(),
        true,
        Optional.empty(),
        JournalRetention.DEFAULT_KEPT);
  }

  private EngineReconciler(
      Optional<String> host,
      List<Path> allowHostDirs,
      boolean allowPrivilegedAttributes,
      boolean allowDataLoss,
      OptionalInt maxDestroy,
      BooleanSupplier stopRequested,
      Optional<String> origin,
      boolean takeOver,
      Optional<String> imageKey,
      int journalsKept) {
    this.imageKey = imageKey;
    this.journalsKept = journalsKept;
    this.origin = origin;
    this.takeOver = takeOver;
    this.host = host;
    this.allowHostDirs = List.copyOf(allowHostDirs);
    this.allowPrivilegedAttributes = allowPrivilegedAttributes;
    this.allowDataLoss = allowDataLoss;
    this.maxDestroy = maxDestroy;
    this.stopRequested = stopRequested;
  }

  /**
   * This reconciler recording {@code origin} (the repository URL + path, or the canonical
   * directory) as its spec's origin; {@code deliberate} when {@code --spec-id} was given, so an id
   * recorded for another origin is taken over instead of refused.
   */
  EngineReconciler withOrigin(String newOrigin, boolean deliberate) {
    return new EngineReconciler(
        host,
        allowHostDirs,
        allowPrivilegedAttributes,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        Optional.of(newOrigin),
        deliberate,
        imageKey,
        journalsKept);
  }

  /** This reconciler importing images verified with {@code key} ({@code --image-key}), if set. */
  EngineReconciler withImageKey(Optional<String> key) {
    return new EngineReconciler(
        host,
        allowHostDirs,
        allowPrivilegedAttributes,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        origin,
        takeOver,
        key,
        journalsKept);
  }

  /** This reconciler keeping {@code n} journals per spec id when its applies prune. */
  EngineReconciler withJournalsKept(int n) {
    return new EngineReconciler(
        host,
        allowHostDirs,
        allowPrivilegedAttributes,
        allowDataLoss,
        maxDestroy,
        stopRequested,
        origin,
        takeOver,
        imageKey,
        n);
  }

  @Override
  public ReconcileOutcome reconcile(Path specDir, String specId, boolean planOnly) {
    EngineRequest request =
        new EngineRequest(
                specDir,
                host,
                Optional.of(specId),
                allowHostDirs,
                Optional.empty(),
                allowPrivilegedAttributes)
            .withOrigin(origin, takeOver)
            .withImageKey(imageKey);
    try {
      if (planOnly) {
        return planned(Engine.create().plan(request));
      }
      ApplyRequest how =
          ApplyRequest.of("potctl watch " + specDir)
              .withLockWait(LOCK_WAIT)
              .withGuards(new ApplyGuards(allowDataLoss, maxDestroy, true))
              .withStop(stopRequested)
              .withJournalsKept(journalsKept);
      return applied(Engine.create().apply(request, how, ApplyGate.PROCEED, ApplyListener.NOOP));
    } catch (StateException e) {
      return ReconcileOutcome.of(
          ReconcileResult.FAILED, List.of(), "cannot observe the host: " + e.getMessage());
    }
  }

  private static ReconcileOutcome planned(PlanResult result) {
    return switch (result) {
      case PlanResult.Invalid invalid -> invalid(invalid.specDiagnostics().all());
      case PlanResult.Planned planned ->
          planned.plan().hasErrors()
              ? outcome(planned, ReconcileResult.FAILED, "the plan has errors")
              : outcome(planned, ReconcileResult.OK, "");
    };
  }

  private static ReconcileOutcome applied(ApplyOutcome outcome) {
    return switch (outcome) {
      case ApplyOutcome.Invalid invalid -> invalid(invalid.specDiagnostics().all());
      case ApplyOutcome.Refused refused ->
          refused.planned().isPresent()
              ? outcome(
                  refused.planned().get(),
                  ReconcileResult.REFUSED,
                  String.join("; ", refused.reasons()))
              : ReconcileOutcome.of(
                  ReconcileResult.REFUSED, List.of(), String.join("; ", refused.reasons()));
      case ApplyOutcome.PlanFailed failed ->
          outcome(failed.planned(), ReconcileResult.FAILED, "the plan has errors");
      case ApplyOutcome.DryRun dry -> outcome(dry.planned(), ReconcileResult.OK, "");
      case ApplyOutcome.Applied applied ->
          applied.report().steps().isEmpty()
              ? outcome(applied.planned(), ReconcileResult.OK, "")
              : report(applied.planned(), applied.report());
    };
  }

  private static ReconcileOutcome invalid(List<Diagnostic> diagnostics) {
    return ReconcileOutcome.of(ReconcileResult.INVALID, diagnostics, "invalid spec");
  }

  private static ReconcileOutcome report(PlanResult.Planned planned, ApplyReport report) {
    Plan plan = planned.plan();
    List<StepRecord> steps = new ArrayList<>();
    for (StepResult r : report.steps()) {
      Action action = plan.change(r.step().address()).map(Change::action).orElse(Action.UPDATE);
      steps.add(
          new StepRecord(
              r.step().address().kind().prefix(),
              action.jsonName(),
              r.status().name().toLowerCase(Locale.ROOT)));
    }
    String message =
        report.succeeded() ? "" : report.stopped() ? "apply stopped" : failures(report);
    return new ReconcileOutcome(
        report.succeeded() ? ReconcileResult.OK : ReconcileResult.FAILED,
        summary(plan),
        drift(plan),
        diagnostics(planned),
        steps,
        Optional.of(report.took()),
        message);
  }

  private static List<Diagnostic> diagnostics(PlanResult.Planned planned) {
    return planned.reportedPlan().diagnostics();
  }

  private static String failures(ApplyReport report) {
    List<String> failed = new ArrayList<>();
    report.resources().stream()
        .filter(r -> !r.detail().isEmpty())
        .forEach(r -> failed.add(r.address() + ": " + r.detail().lines().findFirst().orElse("")));
    return String.join("; ", failed);
  }

  private static ReconcileOutcome outcome(
      PlanResult.Planned planned, ReconcileResult result, String message) {
    Plan plan = planned.plan();
    return new ReconcileOutcome(
        result,
        summary(plan),
        drift(plan),
        diagnostics(planned),
        List.of(),
        Optional.empty(),
        message);
  }

  private static Map<String, Integer> summary(Plan plan) {
    Map<String, Integer> summary = new LinkedHashMap<>();
    plan.summary().forEach((action, n) -> summary.put(action.jsonName(), n));
    return summary;
  }

  private static List<String> drift(Plan plan) {
    return plan.changes().stream()
        .filter(c -> c.action() != Action.NOOP)
        .map(c -> c.address().toString())
        .toList();
  }
}
