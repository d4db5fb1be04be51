package org.potctl.controller.graph;

import java.util.List;
import org.jgrapht.Graph;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.state.model.Mount;
import org.potctl.state.model.Pot;
import org.potctl.state.model.PotConfig;

/**
 * Connects pots that are nodes to the fscomp nodes they mount and the bridge nodes they are on, as
 * observed on the host, so an fscomp or bridge leaving the spec is deleted only after the pots that
 * still use it have changed or gone.
 */
final class ObservedEdges implements GraphStep {

  @Override
  public void apply(
      GraphInput input, Graph<ResourceAddress, DependencyEdge> graph, List<Diagnostic> d) {
    PotConfig config = input.host().config();
    for (Pot pot : input.host().pots().values()) {
      ResourceAddress from = ResourceAddress.pot(pot.name());
      pot.network()
          .bridge()
          .ifPresent(
              b ->
                  SpecEdges.connect(
                      graph, from, ResourceAddress.bridge(b), EdgeKind.OBSERVED_NETWORK));
      for (Mount m : pot.mounts()) {
        config
            .fscompName(m.source())
            .ifPresent(
                f ->
                    SpecEdges.connect(
                        graph, from, ResourceAddress.fscomp(f), EdgeKind.OBSERVED_MOUNT));
      }
    }
  }
}
