package org.potctl.controller.apply;

import java.time.InstantSource;
import java.util.Optional;
import org.potctl.controller.plan.Plan;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.files.HostFiles;

/**
 * Runs a plan's steps on a host, exactly as planned and nothing else (STYLE.md rule 1).
 *
 * <p>The walk follows JOSDK's workflow rules with Terraform's upstream-failure handling:
 *
 * <ul>
 *   <li>a step starts once every step in its {@code after} list applied and is ready; steps of one
 *       resource also run one at a time, in plan order;
 *   <li>at most {@link ApplyOptions#parallelism()} steps run at once, and steps that take pot's
 *       global lock ({@code pot create}, {@code create-base}, {@code clone}, {@code import}, {@code
 *       prepare}, {@code create-private-bridge}, {@code copy-in}) run one at a time and in plan
 *       order, so pot hands out automatic IP addresses exactly as a sequential run would;
 *   <li>after its command succeeded, a step waits for its {@link
 *       org.potctl.controller.plan.Readiness}: for a started pot, the jail running ({@code jls})
 *       and each listed redirect active ({@code pfctl -a pot-rdr/<anchor> -s nat}); pot ignores
 *       pfctl failures, potctl does not, so a redirect missing after the timeout fails the step;
 *   <li>a failed step's transitive dependants are skipped with the reason {@code upstream failed:
 *       <address>}; independent branches go on.
 * </ul>
 */
public interface Applier {

  /**
   * Applies {@code plan}; never throws for a failing step (that is an outcome in the report).
   *
   * @param listener told about every step, from the calling thread
   * @return every step's and every resource's outcome
   */
  ApplyReport apply(Plan plan, ApplyOptions options, ApplyListener listener);

  /** An applier that runs commands through {@code runner}, on the system clock. */
  static Applier create(CommandRunner runner) {
    return create(runner, InstantSource.system());
  }

  /** An applier that runs commands through {@code runner} and takes time from {@code clock}. */
  static Applier create(CommandRunner runner, InstantSource clock) {
    return new DefaultApplier(runner, new PotReadinessProbe(runner, Optional.empty()), clock);
  }

  /**
   * An applier that runs commands through {@code runner} and reads the host's files through {@code
   * files} (what an imported image carries, {@link
   * org.potctl.controller.plan.Readiness.ImageConfined}), on the system clock.
   */
  static Applier create(CommandRunner runner, HostFiles files) {
    return new DefaultApplier(
        runner, new PotReadinessProbe(runner, Optional.of(files)), InstantSource.system());
  }
}
