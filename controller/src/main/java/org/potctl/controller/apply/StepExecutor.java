package org.potctl.controller.apply;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandFailedException;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;

/**
 * Runs one step: its command through the runner, then waits for its readiness. The one place where
 * a failure becomes a {@link StepResult} (JOSDK's {@code NodeExecutor.run}).
 */
final class StepExecutor {

  private final CommandRunner runner;
  private final ReadinessProbe probe;
  private final InstantSource clock;
  private final ApplyOptions options;

  StepExecutor(
      CommandRunner runner, ReadinessProbe probe, InstantSource clock, ApplyOptions options) {
    this.runner = runner;
    this.probe = probe;
    this.clock = clock;
    this.options = options;
  }

  StepResult run(Step step, Instant started) {
    try {
      Optional<String> unsafe = Optional.empty();
      if (step.kind() == StepKind.START) {
        // the pot of the command itself, whatever the readiness says
        unsafe = option(step.argv(), "-p").flatMap(probe::beforeStartWithDependencies);
      } else if (step.kind() == StepKind.CREATE_POT || step.kind() == StepKind.CLONE_POT) {
        // a flavour script makes pot create start the new pot, and its dependencies with it
        unsafe = option(step.argv(), "-p").flatMap(pot -> probe.beforeCreate(pot, step.argv()));
      } else if (step.kind() == StepKind.STOP) {
        // pot stop removes the jail's /etc/resolv.conf on the host, following links
        unsafe = option(step.argv(), "-p").flatMap(probe::beforeStop);
      } else if (step.kind() == StepKind.MOUNT) {
        // pot mount-in of a stopped pot mounts all it has (following links) and mkdir -p's the
        // new mount point through the jail's tree
        unsafe =
            option(step.argv(), "-p")
                .flatMap(pot -> probe.beforeStart(pot, option(step.argv(), "-m")));
      }
      if (unsafe.isPresent()) {
        return StepResult.failed(step, started, now(started), unsafe.get());
      }
      Command command = Command.of(step.argv()).withStdin(step.stdin());
      CommandResult result = runner.run(command);
      if (!result.succeeded()) {
        return StepResult.failed(step, started, now(started), error(command, result));
      }
      Optional<String> unmet = awaitReady(step.ready());
      return unmet.isEmpty()
          ? StepResult.applied(step, started, now(started))
          : StepResult.failed(step, started, now(started), unmet.get());
    } catch (RuntimeException e) {
      return StepResult.failed(step, started, now(started), Causes.describe(e), e);
    }
  }

  private static Optional<String> option(java.util.List<String> argv, String option) {
    int at = argv.indexOf(option);
    return at > 0 && at + 1 < argv.size() ? Optional.of(argv.get(at + 1)) : Optional.empty();
  }

  private Instant now(Instant started) {
    Instant now = clock.instant();
    return now.isBefore(started) ? started : now;
  }

  static String error(Command command, CommandResult result) {
    String tail = new CommandFailedException(command, result).outputTail();
    String head = "'" + command.display() + "' exited with status " + result.exitCode();
    return tail.isEmpty() ? head : head + "\n" + tail;
  }

  private Optional<String> awaitReady(Readiness readiness) {
    if (readiness instanceof Readiness.None) {
      return Optional.empty();
    }
    if (readiness instanceof Readiness.ImageConfined
        || readiness instanceof Readiness.ImageStreamChecked) {
      return probe.unmet(readiness); // what an imported image carries does not change
    }
    Instant deadline = clock.instant().plus(options.readinessTimeout());
    Optional<String> unmet = probe.unmet(readiness);
    while (unmet.isPresent() && clock.instant().isBefore(deadline)) {
      try {
        Thread.sleep(options.pollInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("interrupted while waiting for readiness: " + unmet.get());
      }
      unmet = probe.unmet(readiness);
    }
    return unmet.map(u -> "not ready after " + seconds(options.readinessTimeout()) + ": " + u);
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
