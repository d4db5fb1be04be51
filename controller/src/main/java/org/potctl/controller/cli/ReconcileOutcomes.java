package org.potctl.controller.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.potctl.controller.ApplyOutcome;
import org.potctl.controller.PlanResult;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.watch.ReconcileOutcome;
import org.potctl.controller.watch.ReconcileResult;
import org.potctl.controller.watch.StepRecord;
import org.potctl.schema.diag.Diagnostic;

/**
 * What the engine made of a watcher cycle ({@link PlanResult}, {@link ApplyOutcome}) as the watcher
 * records it ({@link ReconcileOutcome}): result, summary, drift (every resource whose planned
 * action is not {@code noop}), diagnostics, steps and message.
 */
final class ReconcileOutcomes {

  private ReconcileOutcomes() {}

  static ReconcileOutcome planned(PlanResult result) {
    return switch (result) {
      case PlanResult.Invalid invalid -> invalid(invalid.specDiagnostics().all());
      case PlanResult.Planned planned ->
          planned.plan().hasErrors()
              ? outcome(planned, ReconcileResult.FAILED, "the plan has errors")
              : outcome(planned, ReconcileResult.OK, "");
    };
  }

  static ReconcileOutcome applied(ApplyOutcome outcome) {
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
    summary.put("error", plan.erredCount());
    return summary;
  }

  private static List<String> drift(Plan plan) {
    return plan.changes().stream()
        .filter(c -> c.action() != Action.NOOP)
        .map(c -> c.address().toString())
        .toList();
  }
}
