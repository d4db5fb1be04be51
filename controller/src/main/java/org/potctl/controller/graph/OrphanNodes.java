package org.potctl.controller.graph;

import java.util.List;
import org.jgrapht.Graph;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.state.model.HostState;

/**
 * Adds a node per pot or fscomp that carries this spec id's ownership stamp but is gone from the
 * spec: the candidates for deletion. Objects of other owners, or of none, never become nodes. Prune
 * guard: a spec that declares nothing adds no orphans, so it deletes nothing.
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
              if (ds.ownedBy(input.specId()) && !input.spec().fscomps().containsKey(name)) {
                graph.addVertex(ResourceAddress.fscomp(name));
              }
            });
    String prefix = host.config().jailsDataset() + "/";
    host.datasets()
        .forEach(
            (name, ds) -> {
              String pot = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
              if (!pot.isEmpty()
                  && !pot.contains("/")
                  && ds.ownedBy(input.specId())
                  && !input.spec().pots().containsKey(pot)) {
                graph.addVertex(ResourceAddress.pot(pot));
              }
            });
  }
}
