package org.potctl.controller.kind;

import java.util.Optional;
import org.potctl.controller.plan.InventoryAddresses;
import org.potctl.schema.address.ResourceAddress;

/**
 * Whose a bridge or flavour is: they carry no ZFS property, so the host's inventory records the
 * ones potctl created (DESIGN §3.3). The counterpart of {@link Ownership} for datasets.
 */
final class Recorded {

  private Recorded() {}

  /**
   * The plan error for an object on the host that potctl must not touch, or empty when it may: one
   * absent from the host, or recorded for this spec id.
   */
  static Optional<String> problem(PlanContext ctx, ResourceAddress address, boolean onHost) {
    if (!onHost) {
      return Optional.empty();
    }
    Optional<String> owner =
        ctx.inventory().owner(InventoryAddresses.kind(address), address.name());
    if (owner.isEmpty()) {
      return Optional.of(
          address
              + " exists on the host but potctl did not create it (not in the inventory);"
              + " potctl does not touch it. Run '"
              + Ownership.adoptCommand(ctx, address.toString())
              + "' to manage it with this spec");
    }
    if (!owner.get().equals(ctx.specId())) {
      return Optional.of(
          address
              + " is owned by another spec: it belongs to "
              + OtherSpecs.describe(ctx, owner.get())
              + " (inventory); potctl does not touch it for spec '"
              + ctx.specId()
              + "'. Rename it in this spec");
    }
    return Optional.empty();
  }
}
