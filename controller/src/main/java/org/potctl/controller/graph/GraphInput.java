package org.potctl.controller.graph;

import java.util.Objects;
import java.util.Set;
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
 * @param halfCreated the addresses whose dataset an interrupted apply of {@code specId} began to
 *     create (its journal, {@code Interruptions}): unstamped, they are still that spec's, and
 *     become nodes when the spec no longer declares them
 */
public record GraphInput(
    Spec spec,
    HostState host,
    String specId,
    InventorySnapshot inventory,
    Set<String> halfCreated) {

  public GraphInput {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(inventory, "inventory");
    halfCreated = Set.copyOf(halfCreated);
  }

  /** The input without journal evidence. */
  public GraphInput(Spec spec, HostState host, String specId, InventorySnapshot inventory) {
    this(spec, host, specId, inventory, Set.of());
  }

  /** The input for a host whose inventory records nothing. */
  public GraphInput(Spec spec, HostState host, String specId) {
    this(spec, host, specId, InventorySnapshot.EMPTY);
  }
}
