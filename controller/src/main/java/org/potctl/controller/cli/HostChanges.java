package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.controller.ApplyGate;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.ChangeOutcome;
import org.potctl.controller.Engine;
import org.potctl.controller.HostChange;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.plan.HostPlan;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.ApplyReportText;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.HostPlanJson;
import org.potctl.controller.render.JsonDocument;
import org.potctl.controller.render.PlanText;
import org.potctl.controller.render.StoppedText;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.state.host.HostSpec;
import picocli.CommandLine;

/**
 * Runs a {@link HostChange} through {@link Engine#change} and renders it: the plan (text on stdout,
 * or with {@code -o json} on stderr and one document on stdout), the confirmation, the progress,
 * the report. Exit 0 done or nothing to do, 1 invalid spec / nothing matches / a failed step, 3
 * refused (lock held, not confirmed, another spec's object, …).
 */
final class HostChanges {

  private final CommandLine cli;
  private final HostChangeOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private final String name;
  private String command = "";

  HostChanges(CommandLine cli, HostChangeOptions options, String name) {
    this.cli = cli;
    this.options = options;
    this.out = cli.getOut();
    this.err = cli.getErr();
    this.name = name;
  }

  /** Plans and (unless a dry run) runs {@code change}; returns the exit code. */
  int run(HostChange change, ApplyRequest how) {
    command = how.command();
    try {
      change.host().ifPresent(HostSpec::parse);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    try (GracefulStop stop = new GracefulStop()) {
      ApplyRequest request = how.withDryRun(options.dryRun).withStop(stop::requested);
      return outcome(
          Engine.create()
              .change(
                  change,
                  request,
                  new Gate(),
                  new ApplyProgress(text(), System.console() != null)));
    }
  }

  private PrintWriter text() {
    return options.json() ? err : out;
  }

  private int outcome(ChangeOutcome outcome) {
    return switch (outcome) {
      case ChangeOutcome.Invalid invalid -> {
        DiagnosticsRenderer.text().render(invalid.specDiagnostics(), err);
        diagnostics(invalid.specDiagnostics().all());
        yield ExitCode.ERROR.code();
      }
      case ChangeOutcome.Refused refused -> {
        warnings(refused.warnings());
        refused
            .reasons()
            .forEach(r -> err.println(r.startsWith(" ") ? r : "potctl: refused: " + r));
        err.println("Nothing was changed.");
        err.flush();
        if (refused.planned().isPresent()) {
          json(refused.planned().get(), "refused", Optional.empty(), refused.reasons());
        } else {
          diagnostics(refused.warnings(), refused.reasons());
        }
        yield ExitCode.REFUSED.code();
      }
      case ChangeOutcome.Failed failed -> {
        warnings(failed.warnings());
        failed.errors().forEach(r -> err.println(r.startsWith(" ") ? r : "potctl: error: " + r));
        err.flush();
        diagnostics(failed.warnings(), failed.errors());
        yield ExitCode.ERROR.code();
      }
      case ChangeOutcome.DryRun dry -> {
        text().println("Dry run: nothing was changed.");
        text().flush();
        json(dry.planned(), "dry_run", Optional.empty(), List.of());
        yield ExitCode.OK.code();
      }
      case ChangeOutcome.Applied applied -> report(applied.planned(), applied.report());
    };
  }

  private int report(HostPlan plan, ApplyReport report) {
    if (plan.hasChanges()) {
      text().print(ApplyReportText.render(report));
      text().print(StoppedText.render(report, command));
      text().flush();
    }
    String outcome =
        report.succeeded()
            ? "applied"
            : report.stopped() && !report.anyFailed() ? "stopped" : "failed";
    json(plan, outcome, plan.hasChanges() ? Optional.of(report) : Optional.empty(), List.of());
    return report.succeeded() ? ExitCode.OK.code() : ExitCode.ERROR.code();
  }

  private void json(
      HostPlan plan, String outcome, Optional<ApplyReport> report, List<String> refusals) {
    if (options.json()) {
      HostPlanJson.write(plan, outcome, report, refusals, out);
      out.flush();
    }
  }

  private void diagnostics(List<Diagnostic> diagnostics) {
    if (options.json()) {
      out.print(JsonDocument.diagnostics(diagnostics));
      out.flush();
    }
  }

  /** The diagnostics document of an outcome without a plan: its warnings, then its errors. */
  private void diagnostics(List<Diagnostic> warnings, List<String> errors) {
    List<Diagnostic> all = new ArrayList<>(warnings);
    all.addAll(JsonDocument.errors(errors));
    diagnostics(all);
  }

  /** Warnings on stderr, as {@code plan} prints the spec's (located, with the source line). */
  private void warnings(List<Diagnostic> warnings) {
    if (!warnings.isEmpty()) {
      DiagnosticsRenderer.text().render(new Diagnostics(warnings), err);
    }
  }

  /** Shows the plan and asks for confirmation. */
  private final class Gate implements ApplyGate {

    @Override
    public void planned(HostPlan planned) {
      err.println(planned.hostBanner());
      warnings(planned.plan().diagnostics());
      err.flush();
      PrintWriter text = text();
      if (!planned.plan().changes().isEmpty()) {
        text.print(PlanText.write(planned.plan(), PlanningArgs.colour()));
      }
      planned.notes().forEach(text::println);
      text.flush();
    }

    @Override
    public Optional<String> refusal(Plan plan, String hostBanner) {
      if (options.yes) {
        return Optional.empty();
      }
      String what =
          name + ": " + plan.changes().size() + " change(s), " + plan.steps().size() + " step(s)";
      Optional<Boolean> answer =
          Prompt.system()
              .confirm(
                  String.format(
                      "%nApply this %s (%s)?%n  Only 'yes' will be accepted: ", what, hostBanner));
      if (answer.isEmpty()) {
        return Optional.of(
            "not on a terminal and --yes not given; rerun with --yes to apply this " + what);
      }
      return answer.get()
          ? Optional.empty()
          : Optional.of(name + " cancelled: the answer was not 'yes'");
    }

    @Override
    public void notice(String line) {
      text().println(line);
      text().flush();
    }
  }
}
