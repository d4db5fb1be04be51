package org.potctl.controller.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.potctl.controller.ApplyRequest;
import org.potctl.controller.Engine;
import org.potctl.controller.EngineRequest;
import org.potctl.controller.apply.ApplyGuards;
import org.potctl.controller.plan.Plan;
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

  private ApplyView view;

  @Override
  public Integer call() {
    view =
        new ApplyView(
            output == Format.JSON, spec.commandLine().getOut(), spec.commandLine().getErr());
    if (all) {
      return ApplyAll.run(this);
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
      return view.refused(refused.reasons());
    }
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
      return view.outcome(
          Engine.create().apply(request, how(stop, true), view.gate(yes), view.progress()),
          applied -> "potctl apply " + target);
    }
  }

  private int fromPlanFile() {
    Plan saved;
    try {
      saved = SavedPlan.read(target);
    } catch (IllegalArgumentException e) {
      return view.error(target + " is not a usable plan: " + e.getMessage());
    }
    String specId = parent.global.specId;
    if (specId != null && !specId.equals(saved.specId())) {
      throw new ParameterException(
          spec.commandLine(),
          "--spec-id "
              + specId
              + " does not match the saved plan, made for spec id '"
              + saved.specId()
              + "'; a saved plan runs as it was made (plan again with --spec-id "
              + specId
              + ")");
    }
    view.savedPlan(target, saved);
    Optional<String> host = Optional.ofNullable(parent.global.host());
    try (GracefulStop stop = new GracefulStop()) {
      return view.outcome(
          Engine.create()
              .applySaved(
                  saved,
                  host,
                  parent.global.allowances(),
                  parent.global.imageKey(),
                  how(stop, SpecDirs.hasPotfiles(Path.of(saved.specDir()))),
                  view.gate(yes),
                  view.progress()),
          applied -> "potctl apply " + applied.planned().plan().specDir());
    }
  }

  private ApplyRequest how(GracefulStop stop, boolean specHasPotfiles) {
    return ApplyRequest.of("potctl apply " + target)
        .withLockWait(lockWait())
        .withJournalsKept(parent.global.journalsKept())
        .withGuards(new ApplyGuards(allowDataLoss, maxDestroy(), specHasPotfiles))
        .withDryRun(dryRun)
        .withParallelism(parallelism)
        .withStop(stop::requested);
  }

  private OptionalInt maxDestroy() {
    return maxDestroy == null ? OptionalInt.empty() : OptionalInt.of(maxDestroy);
  }
}
