package org.potctl.controller.plan;

import java.util.List;
import java.util.Objects;
import org.potctl.schema.address.ResourceAddress;

/**
 * The planned action for one resource, with why it was chosen. Reasons explain (a code and a
 * sentence each); they are never used for decisions during apply (the steps are).
 *
 * @param address the resource
 * @param action what happens to it
 * @param risk the highest risk of its steps
 * @param reasons codes with sentences: {@code not-on-host} "not on the host", {@code cannot-update}
 *     "base 14.1 → 14.2 cannot change in place"
 * @param fields every differing field, sorted by path; empty for {@code noop}
 */
public record Change(
    ResourceAddress address,
    Action action,
    Risk risk,
    List<Reason> reasons,
    List<FieldChange> fields) {

  public Change {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(risk, "risk");
    reasons = List.copyOf(reasons);
    fields = List.copyOf(fields);
  }

  /** A change that does nothing. */
  public static Change noop(ResourceAddress address) {
    return new Change(address, Action.NOOP, Risk.NONE, List.of(), List.of());
  }
}
