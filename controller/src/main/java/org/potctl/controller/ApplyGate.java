package org.potctl.controller;

import java.util.Optional;
import org.potctl.controller.plan.HostPlan;
import org.potctl.controller.plan.Plan;

/**
 * Where the caller of {@link Engine#apply} sees the plan made under the lock and says whether to go
 * on: the CLI renders it and asks on a terminal; the watcher goes on. Called on the applying
 * thread.
 */
public interface ApplyGate {

  /** Goes on without showing anything (the watcher, {@code --yes} without output). */
  ApplyGate PROCEED = new ApplyGate() {};

  /** The plan was made under the host lock; nothing has been checked or run yet. */
  default void planned(PlanResult.Planned planned) {}

  /**
   * The plan of a {@link HostChange} was made (under the host lock unless a dry run); nothing has
   * run yet.
   */
  default void planned(HostPlan planned) {}

  /**
   * Whether to run {@code plan}, which has changes and passed the guards: empty to go on, else the
   * reason it is refused (e.g. the answer was not 'yes').
   */
  default Optional<String> refusal(Plan plan, String hostBanner) {
    return Optional.empty();
  }

  /** A line worth telling the user during the apply (e.g. the host lock was lost). */
  default void notice(String line) {}
}
