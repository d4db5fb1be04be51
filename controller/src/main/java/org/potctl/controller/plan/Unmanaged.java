package org.potctl.controller.plan;

import java.util.ArrayList;
import java.util.List;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.InventorySnapshot;

/**
 * What is on the host that no spec manages (DESIGN §3.3: "anything else unmanaged is reported,
 * never touched"): pots and fscomps without a {@code potctl:owner} stamp, bridges and flavours the
 * inventory records for no spec id. Objects of other spec ids are managed, just not by this one.
 */
public final class Unmanaged {

  private Unmanaged() {}

  /** The addresses of unmanaged objects, pots and fscomps first, each group sorted. */
  public static List<ResourceAddress> on(HostState host, InventorySnapshot inventory) {
    List<ResourceAddress> found = new ArrayList<>();
    host.pots()
        .keySet()
        .forEach(
            pot -> {
              var ds = host.datasets().get(host.config().potDataset(pot));
              if (ds == null || ds.owner().isEmpty()) {
                found.add(ResourceAddress.pot(pot));
              }
            });
    host.fscomps()
        .forEach(
            (name, ds) -> {
              if (ds.owner().isEmpty()) {
                found.add(ResourceAddress.fscomp(name));
              }
            });
    for (String bridge : host.bridges().keySet()) {
      if (inventory.owner(Inventory.Kind.BRIDGE, bridge).isEmpty()) {
        found.add(ResourceAddress.bridge(bridge));
      }
    }
    for (String flavour : host.flavours().keySet()) {
      if (inventory.owner(Inventory.Kind.FLAVOUR, flavour).isEmpty()) {
        found.add(ResourceAddress.flavour(flavour));
      }
    }
    return found;
  }
}
