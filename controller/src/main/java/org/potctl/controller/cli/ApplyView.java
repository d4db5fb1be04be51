package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.potctl.controller.ApplyOutcome;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.ApplyReportJson;
import org.potctl.controller.render.ApplyReportText;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.JsonDocument;
import org.potctl.controller.render.PlanJson;
import org.potctl.controller.render.StoppedText;
import org.potctl.schema.yaml.Text;

/**
 * How {@code potctl apply} shows what the engine did, in text or JSON, and the exit code it means.
 * With {@code -o json} the JSON document is stdout and the text (plan, progress) goes to stderr.
 */
final class ApplyView {

  private final boolean json;
  private final PrintWriter out;
  private final PrintWriter err;

  ApplyView(boolean json, PrintWriter out, PrintWriter err) {
    this.json = json;
    this.out = out;
    this.err = err;
  }

  /** Where text goes: stdout, or stderr when stdout carries the JSON document. */
  PrintWriter text() {
    return json ? err : out;
  }

  /** The progress listener of a run. */
  ApplyListener progress() {
    return new ApplyProgress(text(), System.console() != null);
  }

  /** The confirmation gate of a run. */
  ConfirmGate gate(boolean yes) {
    return new ConfirmGate(yes, text(), err);
  }

  /**
   * What a saved plan names, before it is re-planned and shown: the spec directory and spec id it
   * will re-plan (an edited file can name another), so the operator confirms knowing both.
   */
  void savedPlan(Path file, Plan saved) {
    // the file's own text, maybe edited: shown, never interpreted by the terminal
    text()
        .println(
            Text.visible(
                "Saved plan "
                    + file
                    + ": spec '"
                    + saved.specId()
                    + "' at "
                    + saved.specDir()
                    + ", apply id "
                    + saved.applyId()
                    + "; re-planned from that spec and this host, run only if identical."));
    text().flush();
  }

  /** A refusal: each reason, "Nothing was changed.", exit 3. */
  int refused(List<String> reasons) {
    // a reason may quote a saved plan file's text (spec.dir): shown, never interpreted
    reasons.forEach(
        r -> err.println(Text.visible(r.startsWith(" ") ? r : "potctl: refused: " + r)));
    err.println("Nothing was changed.");
    err.flush();
    if (json) {
      JsonDocument.diagnostics(out, JsonDocument.errors(reasons));
    }
    return ExitCode.REFUSED.code();
  }

  /** An error before anything was planned (an unreadable plan file): exit 1. */
  int error(String message) {
    err.println("potctl: error: " + message);
    if (json) {
      out.print(JsonDocument.failure(message));
      out.flush();
    }
    return ExitCode.ERROR.code();
  }

  /**
   * The engine's outcome; a refusal is thrown as {@link ApplyRefused}.
   *
   * @param rerun the command that completes a stopped run, for the stopped-run notice
   */
  int outcome(ApplyOutcome outcome, Function<ApplyOutcome.Applied, String> rerun) {
    return switch (outcome) {
      case ApplyOutcome.Invalid invalid -> {
        (json ? DiagnosticsRenderer.json() : DiagnosticsRenderer.text())
            .render(invalid.specDiagnostics(), json ? out : err);
        yield ExitCode.ERROR.code();
      }
      case ApplyOutcome.Refused refused -> throw new ApplyRefused(refused.reasons());
      case ApplyOutcome.PlanFailed failed -> {
        err.println("potctl: error: the plan has errors; nothing was changed");
        if (json) {
          PlanJson.write(failed.planned().reportedPlan(), out);
        }
        yield ExitCode.ERROR.code();
      }
      case ApplyOutcome.DryRun dry -> {
        if (json) {
          PlanJson.write(dry.planned().reportedPlan(), out);
        }
        text()
            .println(
                "Dry run: "
                    + dry.planned().plan().steps().size()
                    + " steps shown above; nothing was run.");
        text().flush();
        yield ExitCode.OK.code();
      }
      case ApplyOutcome.Applied applied -> report(applied, rerun.apply(applied));
    };
  }

  private int report(ApplyOutcome.Applied applied, String rerun) {
    ApplyReport report = applied.report();
    if (json) {
      ApplyReportJson.write(report, applied.planned().reportedPlan().diagnostics(), out);
    } else {
      out.print(ApplyReportText.render(report));
    }
    text().print(StoppedText.render(report, rerun));
    text().flush();
    out.flush();
    return report.succeeded() ? ExitCode.OK.code() : ExitCode.ERROR.code();
  }
}
