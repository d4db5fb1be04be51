package org.potctl.controller.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.potctl.controller.apply.Applier;
import org.potctl.controller.apply.ApplyGuards;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyOptions;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.InventoryListener;
import org.potctl.controller.apply.JournalListener;
import org.potctl.controller.apply.PlanFreshness;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.ApplyReportJson;
import org.potctl.controller.render.ApplyReportText;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.PlanJson;
import org.potctl.controller.render.PlanText;
import org.potctl.controller.watch.Durations;
import org.potctl.state.HostObserver;
import org.potctl.state.host.Host;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.Journal;
import org.potctl.state.statedir.LockHeldException;
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
  private boolean lostReported;

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
    if (lockTimeout.matches("0+[a-z]*")) {
      return Duration.ZERO;
    }
    try {
      return Durations.parse(lockTimeout);
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
    Planning.Options options = PlanningArgs.options(spec.commandLine(), parent.global, target);
    Planning.Result result = Planning.run(options);
    if (result instanceof Planning.Invalid invalid) {
      DiagnosticsRenderer.text().render(invalid.specDiagnostics(), err);
      return ExitCode.ERROR.code();
    }
    Planning.Planned planned = (Planning.Planned) result;
    PlanningArgs.banner(planned, err);
    PlanningArgs.diagnostics(planned, err);
    if (planned.plan().hasErrors()) {
      err.println("potctl: error: the plan has errors; nothing was changed");
      return ExitCode.ERROR.code();
    }
    return applyPlan(planned.plan(), planned.host(), true);
  }

  private int fromPlanFile() {
    SavedPlan saved;
    try {
      saved = SavedPlan.load(target, parent.global.host(), parent.global.allowHostDirs());
    } catch (IllegalArgumentException e) {
      err.println("potctl: error: " + target + " is not a usable plan: " + e.getMessage());
      return ExitCode.ERROR.code();
    }
    err.println(saved.host().banner());
    err.println("Plan " + target + " still matches the host; applying exactly its steps.");
    return applyPlan(saved.plan(), saved.host(), saved.specHasPotfiles());
  }

  private int applyPlan(Plan plan, Host host, boolean specHasPotfiles) {
    PrintWriter text = output == Format.JSON ? err : out;
    text.print(PlanText.write(plan, PlanningArgs.colour()));
    text.flush();
    List<String> refusals =
        new ApplyGuards(allowDataLoss, maxDestroy(), specHasPotfiles).refusals(plan);
    if (!refusals.isEmpty()) {
      throw new ApplyRefused(refusals);
    }
    if (dryRun) {
      if (output == Format.JSON) {
        PlanJson.write(plan, out);
      }
      text.println("Dry run: " + plan.steps().size() + " steps shown above; nothing was run.");
      text.flush();
      return ExitCode.OK.code();
    }
    if (plan.hasChanges()) {
      confirm(plan, host);
    }
    return run(plan, host, text);
  }

  private void confirm(Plan plan, Host host) {
    if (yes) {
      return;
    }
    Console console = System.console();
    if (console == null) {
      throw new ApplyRefused(
          "not on a terminal and --yes not given; rerun with --yes to apply these "
              + plan.steps().size()
              + " steps");
    }
    String answer =
        console.readLine(
            "%nApply these %d steps (%s)?%n  Only 'yes' will be accepted: ",
            plan.steps().size(), host.banner());
    if (answer == null || !answer.strip().equals("yes")) {
      throw new ApplyRefused("apply cancelled: the answer was not 'yes'");
    }
  }

  private int run(Plan plan, Host host, PrintWriter text) {
    if (!plan.hasChanges()) {
      return report(
          Applier.create(host.runner())
              .apply(plan, ApplyOptions.builder().build(), ApplyListener.NOOP));
    }
    String command = "potctl apply " + target;
    HostLock.Held held;
    try {
      held = new HostLock(host.state()).acquire(command, lockWait());
    } catch (LockHeldException e) {
      throw new ApplyRefused(e.getMessage());
    }
    try (held;
        Journal journal =
            Journal.start(
                host.state(),
                plan.applyId(),
                command,
                java.util.Optional.of(plan.specId()),
                Clock.systemUTC());
        GracefulStop stop = new GracefulStop()) {
      List<String> changed =
          PlanFreshness.changes(plan, HostObserver.create(host.runner(), host.files()).observe());
      if (!changed.isEmpty()) {
        List<String> reasons = new ArrayList<>();
        reasons.add("the host changed since this plan was made; plan again");
        changed.forEach(c -> reasons.add("  " + c));
        throw new ApplyRefused(reasons);
      }
      ApplyOptions options =
          ApplyOptions.builder()
              .parallelism(parallelism)
              .stopRequested(() -> stop.requested() || lostState(held, journal, text))
              .build();
      ApplyListener listener =
          ApplyListener.all(
              List.of(
                  new ApplyProgress(text, System.console() != null),
                  new JournalListener(journal),
                  new InventoryListener(new Inventory(host.state()))));
      return report(Applier.create(host.runner()).apply(plan, options, listener));
    }
  }

  /**
   * Whether the host lock or the journal was lost (an SSH host's connection dropped): then no
   * further step starts, since another apply may already hold the lock. Says so once.
   */
  private boolean lostState(HostLock.Held held, Journal journal, PrintWriter text) {
    boolean lost = held.lost() || !journal.healthy();
    if (lost && !lostReported) {
      lostReported = true;
      text.println(
          "potctl: the host lock or journal on the host was lost (connection dropped?);"
              + " starting no further step");
      text.flush();
    }
    return lost;
  }

  private int report(ApplyReport report) {
    if (output == Format.JSON) {
      out.print(ApplyReportJson.render(report));
    } else {
      out.print(ApplyReportText.render(report));
    }
    out.flush();
    return report.succeeded() ? ExitCode.OK.code() : ExitCode.ERROR.code();
  }

  private OptionalInt maxDestroy() {
    return maxDestroy == null ? OptionalInt.empty() : OptionalInt.of(maxDestroy);
  }
}
