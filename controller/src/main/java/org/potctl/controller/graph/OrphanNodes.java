package org.potctl.controller.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.Inventory;

/**
 * Adds a node per pot or fscomp that carries this spec id's ownership stamp (or none, when an
 * interrupted apply of this spec began to create it: {@link GraphInput#halfCreated}) but is gone
 * from the spec (an imported image pot {@code <name>_<tag>} counts as declared while a spec pot is
 * made from its image), and per bridge or flavour on the host that the inventory records for this
 * spec id and the spec no longer declares (nor names as a pot's flavour): the candidates for
 * deletion. Objects of other owners, or of none, never become nodes. Prune guard: a spec that
 * declares nothing adds no orphans, so it deletes nothing.
 */
final class OrphanNodes implements GraphStep {

  @Override
  public void apply(
      GraphInput input, Graph<ResourceAddress, DependencyEdge> graph, List<Diagnostic> d) {
    if (input.spec().isEmpty()) {
      return;
    }
    HostState host = input.host();
    host.fscomps()
        .forEach(
            (name, ds) -> {
              if (owned(input, ds, ResourceAddress.fscomp(name))
                  && !input.spec().fscomps().containsKey(name)) {
                graph.addVertex(ResourceAddress.fscomp(name));
              }
            });
    Set<String> images = new HashSet<>();
    input
        .spec()
        .pots()
        .values()
        .forEach(p -> p.options().image().ifPresent(i -> images.add(i.localName())));
    String prefix = host.config().jailsDataset() + "/";
    host.datasets()
        .forEach(
            (name, ds) -> {
              String pot = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
              if (!pot.isEmpty()
                  && !pot.contains("/")
                  && owned(input, ds, ResourceAddress.pot(pot))
                  && !input.spec().pots().containsKey(pot)
                  && !images.contains(pot)) {
                graph.addVertex(ResourceAddress.pot(pot));
              }
            });
    for (String bridge : input.inventory().names(input.specId(), Inventory.Kind.BRIDGE)) {
      if (host.bridges().containsKey(bridge) && !input.spec().bridges().containsKey(bridge)) {
        graph.addVertex(ResourceAddress.bridge(bridge));
      }
    }
    Set<String> named = new HashSet<>();
    input.spec().pots().values().forEach(p -> named.addAll(p.flavours()));
    for (String flavour : input.inventory().names(input.specId(), Inventory.Kind.FLAVOUR)) {
      if (host.flavours().containsKey(flavour)
          && !input.spec().flavours().containsKey(flavour)
          && !named.contains(flavour)) {
        graph.addVertex(ResourceAddress.flavour(flavour));
      }
    }
  }

  private static boolean owned(GraphInput input, Dataset ds, ResourceAddress address) {
    return ds.ownedBy(input.specId())
        || (ds.owner().isEmpty() && input.halfCreated().contains(address.toString()));
  }
}
