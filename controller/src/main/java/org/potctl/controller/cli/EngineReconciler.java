package org.potctl.controller.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.potctl.controller.apply.Applier;
import org.potctl.controller.apply.ApplyGuards;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyOptions;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.InventoryListener;
import org.potctl.controller.apply.JournalListener;
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
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.Journal;
import org.potctl.state.statedir.LockHeldException;

/**
 * The watcher's engine: {@link Planning} (load, validate, observe, plan), the apply guards, the
 * host lock, the journal and the {@link Applier}, as {@code potctl apply DIR --yes} would run them.
 * Drift is every resource whose planned action is not {@code noop}.
 */
final class EngineReconciler implements Reconciler {

  /** How long an apply waits for another potctl holding the host lock before it is refused. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(10);

  private final Optional<String> host;
  private final List<Path> allowHostDirs;
  private final boolean allowDataLoss;
  private final OptionalInt maxDestroy;
  private final BooleanSupplier stopRequested;

  EngineReconciler(
      Optional<String> host,
      List<Path> allowHostDirs,
      boolean allowDataLoss,
      OptionalInt maxDestroy,
      BooleanSupplier stopRequested) {
    this.host = host;
    this.allowHostDirs = List.copyOf(allowHostDirs);
    this.allowDataLoss = allowDataLoss;
    this.maxDestroy = maxDestroy;
    this.stopRequested = stopRequested;
  }

  @Override
  public ReconcileOutcome reconcile(Path specDir, String specId, boolean planOnly) {
    Planning.Result result;
    try {
      result =
          Planning.run(
              new Planning.Options(
                  specDir, host, Optional.of(specId), allowHostDirs, Optional.empty()));
    } catch (StateException e) {
      return ReconcileOutcome.of(
          ReconcileResult.FAILED, List.of(), "cannot observe the host: " + e.getMessage());
    }
    if (result instanceof Planning.Invalid invalid) {
      return ReconcileOutcome.of(
          ReconcileResult.INVALID, invalid.specDiagnostics().all(), "invalid spec");
    }
    Planning.Planned planned = (Planning.Planned) result;
    Plan plan = planned.plan();
    List<Diagnostic> diagnostics = new ArrayList<>(planned.specDiagnostics().all());
    diagnostics.addAll(plan.diagnostics());
    if (plan.hasErrors()) {
      return outcome(plan, ReconcileResult.FAILED, diagnostics, "the plan has errors");
    }
    if (planOnly || !plan.hasChanges()) {
      return outcome(plan, ReconcileResult.OK, diagnostics, "");
    }
    List<String> refusals = new ApplyGuards(allowDataLoss, maxDestroy, true).refusals(plan);
    if (!refusals.isEmpty()) {
      return outcome(plan, ReconcileResult.REFUSED, diagnostics, String.join("; ", refusals));
    }
    return apply(planned, diagnostics);
  }

  private ReconcileOutcome apply(Planning.Planned planned, List<Diagnostic> diagnostics) {
    Plan plan = planned.plan();
    HostLock.Held held;
    try {
      held = new HostLock(planned.host().state()).acquire("potctl watch", LOCK_WAIT);
    } catch (LockHeldException e) {
      return outcome(plan, ReconcileResult.REFUSED, diagnostics, e.getMessage());
    }
    ApplyReport report;
    try (held;
        Journal journal =
            Journal.start(
                planned.host().state(),
                plan.applyId(),
                "potctl watch " + plan.specDir(),
                Optional.of(plan.specId()),
                Clock.systemUTC())) {
      report =
          Applier.create(planned.host().runner())
              .apply(
                  plan,
                  ApplyOptions.builder()
                      .stopRequested(
                          () -> stopRequested.getAsBoolean() || held.lost() || !journal.healthy())
                      .build(),
                  ApplyListener.all(
                      List.of(
                          new JournalListener(journal),
                          new InventoryListener(new Inventory(planned.host().state())))));
    }
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
        diagnostics,
        steps,
        Optional.of(report.took()),
        message);
  }

  private static String failures(ApplyReport report) {
    List<String> failed = new ArrayList<>();
    report.resources().stream()
        .filter(r -> !r.detail().isEmpty())
        .forEach(r -> failed.add(r.address() + ": " + r.detail().lines().findFirst().orElse("")));
    return String.join("; ", failed);
  }

  private static ReconcileOutcome outcome(
      Plan plan, ReconcileResult result, List<Diagnostic> diagnostics, String message) {
    return new ReconcileOutcome(
        result, summary(plan), drift(plan), diagnostics, List.of(), Optional.empty(), message);
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
