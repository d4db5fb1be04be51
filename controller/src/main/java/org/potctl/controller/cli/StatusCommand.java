package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.PlanResult;
import org.potctl.controller.plan.Unmanaged;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.StatusReport;
import org.potctl.schema.address.ResourceAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl status DIR [-o text|json]}: drift per resource. Exit 0 in sync, 2 drift, 1 error.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show, per resource, whether the host matches the spec (drift).")
final class StatusCommand implements Callable<Integer> {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The spec directory.")
  Path dir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text (default) or json.")
  PlanCommand.Format output;

  @Override
  public Integer call() {
    EngineRequest options = PlanningArgs.options(spec.commandLine(), parent.global, dir);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanResult result = Engine.create().plan(options);
    if (result instanceof PlanResult.Invalid invalid) {
      if (output == PlanCommand.Format.JSON) {
        DiagnosticsRenderer.json().render(invalid.specDiagnostics(), out);
      } else {
        DiagnosticsRenderer.text().render(invalid.specDiagnostics(), err);
      }
      return ExitCode.ERROR.code();
    }
    PlanResult.Planned planned = (PlanResult.Planned) result;
    PlanningArgs.banner(planned, err);
    PlanningArgs.diagnostics(planned, err);
    List<ResourceAddress> unmanaged =
        new ArrayList<>(Unmanaged.on(planned.state(), planned.inventory()));
    // an unstamped leftover of this spec's interrupted apply is the plan's, not unmanaged
    planned.plan().changes().forEach(c -> unmanaged.remove(c.address()));
    if (output == PlanCommand.Format.JSON) {
      StatusReport.writeJson(planned.reportedPlan(), unmanaged, planned.refusals(), out);
    } else {
      StatusReport.writeText(planned.plan(), unmanaged, planned.refusals(), out);
    }
    out.flush();
    if (planned.plan().hasErrors()) {
      return ExitCode.ERROR.code();
    }
    return StatusReport.drift(planned.plan())
        ? ExitCode.CHANGES_PRESENT.code()
        : ExitCode.OK.code();
  }
}
