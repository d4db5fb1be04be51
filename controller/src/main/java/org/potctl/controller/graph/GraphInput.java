package org.potctl.controller.graph;

import java.util.Objects;
import org.potctl.schema.model.Spec;
import org.potctl.state.model.HostState;

/**
 * What the graph is built from.
 *
 * @param spec the validated spec
 * @param host the observed host
 * @param specId the owner id: owned objects gone from the spec become nodes too
 */
public record GraphInput(Spec spec, HostState host, String specId) {

  public GraphInput {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(specId, "specId");
  }
}
