package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.potctl.controller.ApplyGate;
import org.potctl.controller.ApplyOutcome;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.PlanResult;
import org.potctl.controller.apply.ApplyGuards;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.ApplyReportJson;
import org.potctl.controller.render.ApplyReportText;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.JsonDocument;
import org.potctl.controller.render.PlanJson;
import org.potctl.controller.render.PlanText;
import org.potctl.controller.render.StoppedText;
import org.potctl.state.exec.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code potctl apply DIR|PLANFILE [--dry-run] [--yes] [--parallelism N] [--allow-data-loss]
 * [--max-destroy N] [-o text|json]}: plans DIR (or loads a saved plan and checks it is still
 * fresh), shows the plan, checks the guards, asks for confirmation (or needs {@code --yes}) and
 * runs the steps. Exit 0 applied or nothing to do, 1 invalid spec or a failed step, 3 refused for
 * safety (stale plan, guard, no confirmation), 64 usage error.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = "Plan a spec directory (or load a saved plan) and apply it to the host.")
final class ApplyCommand implements Callable<Integer> {

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
      paramLabel = "DIR|PLANFILE",
      description = "Spec directory or plan (none with --all).")
  Path target;

  @Option(
      names = "--all",
      description = "Apply every host of the hosts file in parallel, with one combined summary.")
  boolean all;

  @Option(
      names = "--hosts",
      paramLabel = "FILE",
      defaultValue = "hosts.yaml",
      description = "The hosts file of --all (default: hosts.yaml).")
  Path hostsFile;

  @Option(names = "--dry-run", description = "Show the steps in order; run nothing.")
  boolean dryRun;

  @Option(names = "--yes", description = "Apply without asking (required off a terminal).")
  boolean yes;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "4",
      description = "At most N steps at once (default: 4).")
  int parallelism;

  @Option(names = "--allow-data-loss", description = "Allow deleting or replacing data.")
  boolean allowDataLoss;

  @Option(
      names = "--max-destroy",
      paramLabel = "N",
      description = "Refuse a plan that deletes or replaces more than N resources.")
  Integer maxDestroy;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      defaultValue = "0s",
      description =
          "Wait this long (e.g. 30s) for another apply's host lock (default: 0s, refuse).")
  String lockTimeout;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text (default) or json (the report on stdout).")
  Format output;

  private PrintWriter out;
  private PrintWriter err;

  @Override
  public Integer call() {
    out = spec.commandLine().getOut();
    err = spec.commandLine().getErr();
    if (all) {
      return applyAll();
    }
    if (target == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing required parameter: 'DIR|PLANFILE' (or --all)");
    }
    checkUsage();
    lockWait();
    try {
      return Files.isDirectory(target) ? fromDir() : fromPlanFile();
    } catch (ApplyRefused refused) {
      refused.reasons().forEach(r -> err.println(r.startsWith(" ") ? r : "potctl: refused: " + r));
      err.println("Nothing was changed.");
      err.flush();
      if (output == Format.JSON) {
        JsonDocument.diagnostics(out, JsonDocument.errors(refused.reasons()));
      }
      return ExitCode.REFUSED.code();
    }
  }

  private int applyAll() {
    FleetInvocation.checkUsage(spec.commandLine(), target, parent.global);
    if (!yes && !dryRun) {
      throw new ParameterException(spec.commandLine(), "apply --all needs --yes (or --dry-run)");
    }
    List<String> args = new ArrayList<>();
    args.addAll(List.of("-o", output == Format.JSON ? "json" : "text"));
    args.addAll(List.of("--parallelism", Integer.toString(parallelism)));
    if (yes) {
      args.add("--yes");
    }
    if (dryRun) {
      args.add("--dry-run");
    }
    if (allowDataLoss) {
      args.add("--allow-data-loss");
    }
    if (maxDestroy != null) {
      args.addAll(List.of("--max-destroy", maxDestroy.toString()));
    }
    return FleetInvocation.run(
        "apply", hostsFile, args, parent.global, output == Format.JSON, out, err);
  }

  private Duration lockWait() {
    try {
      return Durations.parseAllowingZero(lockTimeout);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--lock-timeout: " + e.getMessage());
    }
  }

  private void checkUsage() {
    if (parallelism < 1) {
      throw new ParameterException(spec.commandLine(), "--parallelism must be at least 1");
    }
    if (maxDestroy != null && maxDestroy < 0) {
      throw new ParameterException(spec.commandLine(), "--max-destroy must not be negative");
    }
    if (!Files.isDirectory(target) && !Files.isRegularFile(target)) {
      throw new ParameterException(
          spec.commandLine(), "'" + target + "' is neither a spec directory nor a plan file");
    }
  }

  private int fromDir() {
    if (!SpecDirs.hasPotfiles(target)) {
      throw new ApplyRefused(
          "the spec directory "
              + target
              + " holds no Potfiles (*.yaml, *.yml); an empty spec directory deletes nothing");
    }
    EngineRequest request = PlanningArgs.options(spec.commandLine(), parent.global, target);
    try (GracefulStop stop = new GracefulStop()) {
      return outcome(Engine.create().apply(request, how(stop, true), new Gate(), progress()));
    }
  }

  private int fromPlanFile() {
    Plan saved;
    try {
      saved = SavedPlan.read(target);
    } catch (IllegalArgumentException e) {
      String message = target + " is not a usable plan: " + e.getMessage();
      err.println("potctl: error: " + message);
      if (output == Format.JSON) {
        out.print(JsonDocument.failure(message));
        out.flush();
      }
      return ExitCode.ERROR.code();
    }
    Optional<String> host = Optional.ofNullable(parent.global.host());
    try (GracefulStop stop = new GracefulStop()) {
      return outcome(
          Engine.create()
              .applySaved(
                  saved,
                  host,
                  parent.global.allowHostDirs(),
                  parent.global.allowPrivilegedAttributes(),
                  parent.global.imageKey(),
                  how(stop, SpecDirs.hasPotfiles(Path.of(saved.specDir()))),
                  new Gate(),
                  progress()));
    }
  }

  private ApplyRequest how(GracefulStop stop, boolean specHasPotfiles) {
    return ApplyRequest.of("potctl apply " + target)
        .withLockWait(lockWait())
        .withGuards(new ApplyGuards(allowDataLoss, maxDestroy(), specHasPotfiles))
        .withDryRun(dryRun)
        .withParallelism(parallelism)
        .withStop(stop::requested);
  }

  private ApplyListener progress() {
    return new ApplyProgress(text(), System.console() != null);
  }

  private PrintWriter text() {
    return output == Format.JSON ? err : out;
  }

  private int outcome(ApplyOutcome outcome) {
    return switch (outcome) {
      case ApplyOutcome.Invalid invalid -> {
        (output == Format.JSON ? DiagnosticsRenderer.json() : DiagnosticsRenderer.text())
            .render(invalid.specDiagnostics(), output == Format.JSON ? out : err);
        yield ExitCode.ERROR.code();
      }
      case ApplyOutcome.Refused refused -> throw new ApplyRefused(refused.reasons());
      case ApplyOutcome.PlanFailed failed -> {
        err.println("potctl: error: the plan has errors; nothing was changed");
        if (output == Format.JSON) {
          PlanJson.write(failed.planned().reportedPlan(), out);
        }
        yield ExitCode.ERROR.code();
      }
      case ApplyOutcome.DryRun dry -> {
        if (output == Format.JSON) {
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
      case ApplyOutcome.Applied applied -> report(applied);
    };
  }

  /** Shows the plan made under the lock and asks for confirmation on a terminal. */
  private final class Gate implements ApplyGate {

    @Override
    public void planned(PlanResult.Planned planned) {
      err.println(planned.hostBanner());
      PlanningArgs.diagnostics(planned, err);
      if (!planned.specDiagnostics().isEmpty()) {
        DiagnosticsRenderer.text().render(planned.specDiagnostics(), err);
      }
      err.flush();
      if (!planned.plan().hasErrors()) {
        text().print(PlanText.write(planned.plan(), PlanningArgs.colour()));
        text().flush();
      }
    }

    @Override
    public Optional<String> refusal(Plan plan, String hostBanner) {
      if (yes) {
        return Optional.empty();
      }
      Optional<Boolean> answer =
          Prompt.system()
              .confirm(
                  String.format(
                      "%nApply these %d steps (%s)?%n  Only 'yes' will be accepted: ",
                      plan.steps().size(), hostBanner));
      if (answer.isEmpty()) {
        return Optional.of(
            "not on a terminal and --yes not given; rerun with --yes to apply these "
                + plan.steps().size()
                + " steps");
      }
      return answer.get()
          ? Optional.empty()
          : Optional.of("apply cancelled: the answer was not 'yes'");
    }

    @Override
    public void notice(String line) {
      text().println(line);
      text().flush();
    }
  }

  private int report(ApplyOutcome.Applied applied) {
    ApplyReport report = applied.report();
    if (output == Format.JSON) {
      ApplyReportJson.write(report, applied.planned().reportedPlan().diagnostics(), out);
    } else {
      out.print(ApplyReportText.render(report));
    }
    String dir = Files.isDirectory(target) ? target.toString() : applied.planned().plan().specDir();
    text().print(StoppedText.render(report, "potctl apply " + dir));
    text().flush();
    out.flush();
    return report.succeeded() ? ExitCode.OK.code() : ExitCode.ERROR.code();
  }

  private OptionalInt maxDestroy() {
    return maxDestroy == null ? OptionalInt.empty() : OptionalInt.of(maxDestroy);
  }
}
