package org.potctl.controller.graph;

import java.util.Objects;
import org.potctl.schema.model.Spec;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.InventorySnapshot;

/**
 * What the graph is built from.
 *
 * @param spec the validated spec
 * @param host the observed host
 * @param specId the owner id: owned objects gone from the spec become nodes too
 * @param inventory the bridges and flavours potctl recorded as created: those of {@code specId}
 *     gone from the spec become nodes too
 */
public record GraphInput(Spec spec, HostState host, String specId, InventorySnapshot inventory) {

  public GraphInput {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(inventory, "inventory");
  }

  /** The input for a host whose inventory records nothing. */
  public GraphInput(Spec spec, HostState host, String specId) {
    this(spec, host, specId, InventorySnapshot.EMPTY);
  }
}
