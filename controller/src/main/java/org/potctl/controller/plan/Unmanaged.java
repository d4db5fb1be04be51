package org.potctl.controller.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.model.HostState;
import org.potctl.state.pot.PotCommands;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.InventorySnapshot;

/**
 * What is on the host that no spec manages (DESIGN §3.3: "anything else unmanaged is reported,
 * never touched"): pots and fscomps without a {@code potctl:owner} stamp (a pot without its {@code
 * pot.conf}, half-created or half-destroyed, included), bridges and flavours the inventory records
 * for no spec id. Objects of other spec ids are managed, just not by this one. The level-0 pot pot
 * creates beside each base ({@code base-14_1}) belongs to the base, not listed.
 */
public final class Unmanaged {

  private Unmanaged() {}

  /** The addresses of unmanaged objects, pots and fscomps first, each group sorted. */
  public static List<ResourceAddress> on(HostState host, InventorySnapshot inventory) {
    List<ResourceAddress> found = new ArrayList<>();
    Set<String> basePots =
        host.bases().keySet().stream().map(PotCommands::basePotName).collect(Collectors.toSet());
    host.pots()
        .keySet()
        .forEach(
            pot -> {
              var ds = host.datasets().get(host.config().potDataset(pot));
              if ((ds == null || ds.owner().isEmpty()) && !basePots.contains(pot)) {
                found.add(ResourceAddress.pot(pot));
              }
            });
    for (String pot : host.incompletePots()) {
      // half-created or half-destroyed (no pot.conf): not among host.pots(), still on the host
      var ds = host.datasets().get(host.config().potDataset(pot));
      if ((ds == null || ds.owner().isEmpty()) && !host.pots().containsKey(pot)) {
        found.add(ResourceAddress.pot(pot));
      }
    }
    found.sort(null);
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
