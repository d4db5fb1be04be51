package org.potctl.controller.apply;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Reason;
import org.potctl.schema.address.ResourceAddress;

/**
 * What an apply did to one resource of the plan.
 *
 * @param address the resource
 * @param action the planned action
 * @param reasons the planned change's reasons (codes with sentences); empty for a resource that
 *     only has steps
 * @param status how it ended
 * @param took from its first step's start to its last step's end; zero when nothing ran
 * @param detail for {@link Status#FAILED} the error of its failed step (argv, exit status, pot's
 *     {@code ###>} lines and the output tail, or the unmet readiness); for {@link Status#SKIPPED}
 *     the reason; empty otherwise
 */
public record ResourceOutcome(
    ResourceAddress address,
    Action action,
    List<Reason> reasons,
    Status status,
    Duration took,
    String detail) {

  /** How a resource ended. */
  public enum Status {
    /** Every step applied. */
    APPLIED,
    /** A step failed. */
    FAILED,
    /** A step was skipped (upstream failure or a stopped apply) and none failed. */
    SKIPPED,
    /** The plan had nothing to do for it. */
    UNCHANGED;

    /** {@code applied}, {@code failed}, {@code skipped}, {@code unchanged}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ResourceOutcome {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(action, "action");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(took, "took");
    Objects.requireNonNull(detail, "detail");
  }
}
