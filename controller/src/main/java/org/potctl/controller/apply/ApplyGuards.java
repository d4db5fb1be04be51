package org.potctl.controller.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Risk;

/**
 * The safety checks made before an apply runs anything (DESIGN.md §3.3). Each violated guard is one
 * sentence naming the resources; any of them makes {@code potctl apply} exit 3 without running a
 * step.
 *
 * @param allowDataLoss {@code --allow-data-loss}: changes with risk {@code data-loss} may run
 * @param maxDestroy {@code --max-destroy N}: at most N deletes and replaces
 * @param specHasPotfiles whether the spec directory holds at least one Potfile: an empty (or
 *     unreadable) spec directory deletes nothing
 */
public record ApplyGuards(boolean allowDataLoss, OptionalInt maxDestroy, boolean specHasPotfiles) {

  public ApplyGuards {
    Objects.requireNonNull(maxDestroy, "maxDestroy");
    if (maxDestroy.isPresent() && maxDestroy.getAsInt() < 0) {
      throw new IllegalArgumentException("--max-destroy must not be negative");
    }
  }

  /** Every guard {@code plan} violates, in a fixed order; empty when it may run. */
  public List<String> refusals(Plan plan) {
    List<String> destroys = addresses(plan, c -> destroys(c.action()));
    List<String> refusals = new ArrayList<>();
    if (!specHasPotfiles && !destroys.isEmpty()) {
      refusals.add(
          "the spec directory "
              + plan.specDir()
              + " holds no Potfiles; an empty spec deletes nothing, but the plan would delete "
              + String.join(", ", destroys));
    }
    List<String> losing = addresses(plan, c -> c.risk() == Risk.DATA_LOSS);
    if (!allowDataLoss && !losing.isEmpty()) {
      refusals.add(
          "the plan removes data ("
              + String.join(", ", losing)
              + "); rerun with --allow-data-loss to move it to the trash");
    }
    if (maxDestroy.isPresent() && destroys.size() > maxDestroy.getAsInt()) {
      refusals.add(
          "the plan deletes or replaces "
              + destroys.size()
              + " resources ("
              + String.join(", ", destroys)
              + "), more than --max-destroy "
              + maxDestroy.getAsInt());
    }
    return List.copyOf(refusals);
  }

  private static boolean destroys(Action action) {
    return action == Action.DELETE || action == Action.REPLACE;
  }

  private static List<String> addresses(Plan plan, java.util.function.Predicate<Change> which) {
    return plan.changes().stream()
        .filter(which)
        .map(c -> c.address() + " (" + c.action().jsonName() + ")")
        .toList();
  }
}
