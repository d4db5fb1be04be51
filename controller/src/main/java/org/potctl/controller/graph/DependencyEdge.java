package org.potctl.controller.graph;

import java.util.Objects;
import org.potctl.schema.address.ResourceAddress;

/**
 * An edge {@code from → to}: {@code from} depends on {@code to}, so {@code to} is created first and
 * deleted last.
 *
 * @param from the dependant
 * @param to the dependency
 * @param kind why
 */
public record DependencyEdge(ResourceAddress from, ResourceAddress to, EdgeKind kind) {

  public DependencyEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
  }
}
