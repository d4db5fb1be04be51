package org.potctl.controller;

import org.potctl.controller.plan.HostPlan;

/** What drafting a {@link HostChange} gave: a plan to show and run, or an end before any step. */
sealed interface Drafted permits Drafted.Ready, Drafted.Stop {

  /** A plan. */
  record Ready(HostPlan plan) implements Drafted {}

  /** Refused or failed before anything could run. */
  record Stop(ChangeOutcome outcome) implements Drafted {}
}
