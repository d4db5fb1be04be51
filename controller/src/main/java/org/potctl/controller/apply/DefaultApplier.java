package org.potctl.controller.apply;

import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import org.potctl.controller.plan.Plan;
import org.potctl.state.exec.CommandRunner;

/** The standard {@link Applier}: one {@link Walk} per apply. */
final class DefaultApplier implements Applier {

  private final CommandRunner runner;
  private final ReadinessProbe probe;
  private final InstantSource clock;

  DefaultApplier(CommandRunner runner, ReadinessProbe probe, InstantSource clock) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.probe = Objects.requireNonNull(probe, "probe");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ApplyReport apply(Plan plan, ApplyOptions options, ApplyListener listener) {
    StepExecutor executor = new StepExecutor(runner, probe, clock, options);
    ApplyListener safe = ApplyListener.all(List.of(listener));
    return new Walk(plan, options, safe, executor, clock).run();
  }
}
