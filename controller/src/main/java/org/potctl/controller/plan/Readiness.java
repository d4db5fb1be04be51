package org.potctl.controller.plan;

import java.util.List;

/**
 * A postcondition the applier waits for after a step succeeded and before the step's dependants
 * start (JOSDK's ready-postcondition). pot's own exit status is not enough: pot ignores pfctl
 * failures, so a started pot is ready only once its redirects are active.
 */
public sealed interface Readiness permits Readiness.None, Readiness.PotRunning {

  /** Ready as soon as the command succeeded. */
  Readiness NONE = new None();

  /** Ready at once. */
  record None() implements Readiness {}

  /**
   * Ready when the jail of {@code pot} is running and, for each host port in {@code redirects}, a
   * pf redirect to it is active.
   *
   * @param pot the pot name
   * @param redirects host ports that must have an active redirect, e.g. {@code tcp/30080}
   */
  record PotRunning(String pot, List<String> redirects) implements Readiness {
    public PotRunning {
      redirects = List.copyOf(redirects);
    }
  }
}
