package org.potctl.controller.plan;

import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.statedir.Inventory;

/** How bridge and flavour addresses map to the inventory's kinds. */
public final class InventoryAddresses {

  private InventoryAddresses() {}

  /** The inventory kind of a bridge or flavour address. */
  public static Inventory.Kind kind(ResourceAddress address) {
    return switch (address.kind()) {
      case BRIDGE -> Inventory.Kind.BRIDGE;
      case FLAVOUR -> Inventory.Kind.FLAVOUR;
      default -> throw new IllegalArgumentException(address + " is not recorded in the inventory");
    };
  }

  /** Whether the inventory records objects of this kind (bridges and flavours). */
  public static boolean recorded(ResourceKind kind) {
    return kind == ResourceKind.BRIDGE || kind == ResourceKind.FLAVOUR;
  }
}
