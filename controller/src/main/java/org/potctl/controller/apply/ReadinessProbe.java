package org.potctl.controller.apply;

import java.util.Optional;
import org.potctl.controller.plan.Readiness;

/** Checks a step's readiness once (JOSDK's ready-postcondition, with the reason it is unmet). */
@FunctionalInterface
interface ReadinessProbe {

  /** Empty when {@code readiness} holds now, else what is still missing, in one sentence. */
  Optional<String> unmet(Readiness readiness);

  /**
   * Why {@code pot start} (or {@code pot mount-in}, at {@code mountPoint}) of the stopped {@code
   * pot} must not run now, or empty when it may: pot writes into and mounts on the jail's own tree
   * as root on the host ({@link JailTree}).
   */
  default Optional<String> beforeStart(String pot, Optional<String> mountPoint) {
    return Optional.empty();
  }

  /**
   * Why {@code pot start} of the stopped {@code pot} must not run now: {@link #beforeStart} of it
   * and of every stopped pot pot starts with it ({@code pot.depend}, transitively).
   */
  default Optional<String> beforeStartWithDependencies(String pot) {
    return beforeStart(pot, Optional.empty());
  }

  /**
   * Why the {@code pot create} or {@code pot clone} {@code argv} of {@code pot} must not run now: a
   * flavour script makes it start the new pot, and with it the pots it depends on.
   */
  default Optional<String> beforeCreate(String pot, java.util.List<String> argv) {
    return Optional.empty();
  }

  /**
   * Why {@code pot stop} of {@code pot} must not run now: after removing the jail it deletes the
   * jail's {@code /etc/resolv.conf} as root on the host ({@code rm -f}, stop.sh:152-162), through
   * whatever link the jail's root left on the way ({@link JailTree}).
   */
  default Optional<String> beforeStop(String pot) {
    return Optional.empty();
  }
}
