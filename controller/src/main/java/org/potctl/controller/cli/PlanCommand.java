package org.potctl.controller.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.PlanResult;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.PlanJson;
import org.potctl.controller.render.PlanText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl plan DIR [--out FILE] [-o text|json] [--detailed-exitcode]}: what apply would do.
 * Exit 0 (with {@code --detailed-exitcode}: 0 no changes, 2 changes), 1 on an invalid spec, a plan
 * error or an unobservable host, 64 on a usage error.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Show what apply would change on the host, step by step.")
final class PlanCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The spec directory (none with --all).")
  Path dir;

  @Option(
      names = "--all",
      description = "Plan every host of the hosts file in parallel, with one combined summary.")
  boolean all;

  @Option(
      names = "--hosts",
      paramLabel = "FILE",
      defaultValue = "hosts.yaml",
      description = "The hosts file of --all (default: hosts.yaml).")
  Path hostsFile;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Also save the plan as JSON to FILE, for 'potctl apply FILE'.")
  Path out;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text (default) or json.")
  Format output;

  @Option(
      names = "--detailed-exitcode",
      description = "Exit 2 when there are changes, 0 when there are none.")
  boolean detailedExitcode;

  @Override
  public Integer call() {
    if (all) {
      return planAll();
    }
    if (dir == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing required parameter: 'DIR' (or --all)");
    }
    EngineRequest options = PlanningArgs.options(spec.commandLine(), parent.global, dir);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanResult result = Engine.create().plan(options);
    if (result instanceof PlanResult.Invalid invalid) {
      if (output == Format.JSON) {
        DiagnosticsRenderer.json().render(invalid.specDiagnostics(), stdout);
      } else {
        DiagnosticsRenderer.text().render(invalid.specDiagnostics(), err);
      }
      return ExitCode.ERROR.code();
    }
    PlanResult.Planned planned = (PlanResult.Planned) result;
    PlanningArgs.banner(planned, err);
    Plan plan = planned.plan();
    if (output == Format.JSON) {
      PlanJson.write(planned.reportedPlan(), stdout);
    } else {
      PlanningArgs.diagnostics(planned, err);
      PlanText.write(plan, PlanningArgs.colour(), stdout);
    }
    stdout.flush();
    if (out != null) {
      save(plan, err);
    }
    return exitCode(plan);
  }

  private int planAll() {
    FleetInvocation.checkUsage(spec.commandLine(), dir, parent.global);
    if (out != null) {
      throw new ParameterException(
          spec.commandLine(), "--out with --all is not supported; plan each host on its own");
    }
    List<String> args = new ArrayList<>();
    args.addAll(List.of("-o", output == Format.JSON ? "json" : "text"));
    if (detailedExitcode) {
      args.add("--detailed-exitcode");
    }
    return FleetInvocation.run(
        "plan",
        hostsFile,
        args,
        parent.global,
        output == Format.JSON,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  private void save(Plan plan, PrintWriter err) {
    try {
      SavedPlan.write(out, PlanJson.write(plan));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the plan to " + out + ": " + e.getMessage(), e);
    }
    err.println("Saved the plan to " + out + "; apply exactly it with: potctl apply " + out);
    err.flush();
  }

  private int exitCode(Plan plan) {
    if (plan.hasErrors()) {
      return ExitCode.ERROR.code();
    }
    return detailedExitcode && plan.hasChanges()
        ? ExitCode.CHANGES_PRESENT.code()
        : ExitCode.OK.code();
  }
}
