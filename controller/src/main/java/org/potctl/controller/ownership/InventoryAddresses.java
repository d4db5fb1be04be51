package org.potctl.controller.ownership;

import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.statedir.Inventory;

/** The inventory's bridges and flavours as resource addresses. */
public final class InventoryAddresses {

  private InventoryAddresses() {}

  /** The spec id recorded for each bridge and flavour of {@link Inventory#read()}. */
  public static Map<ResourceAddress, String> owners(
      SortedMap<String, SortedMap<Inventory.Kind, SortedSet<String>>> inventory) {
    Map<ResourceAddress, String> owners = new TreeMap<>();
    inventory.forEach(
        (specId, kinds) ->
            kinds.forEach(
                (kind, names) ->
                    names.forEach(
                        n ->
                            owners.putIfAbsent(
                                kind == Inventory.Kind.BRIDGE
                                    ? ResourceAddress.bridge(n)
                                    : ResourceAddress.flavour(n),
                                specId))));
    return owners;
  }

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
