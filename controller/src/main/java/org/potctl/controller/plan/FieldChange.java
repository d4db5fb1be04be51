package org.potctl.controller.plan;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * One field that differs between the host and the spec.
 *
 * @param path the field, in spec vocabulary: {@code ports}, {@code network.ip}, {@code
 *     properties.quota}, {@code state}
 * @param before the observed value, {@link NullNode} when absent (always for {@code create})
 * @param after the desired value, {@link NullNode} when absent (always for {@code delete})
 */
public record FieldChange(String path, JsonNode before, JsonNode after) {

  public FieldChange {
    Objects.requireNonNull(path, "path");
    before = before == null ? NullNode.getInstance() : before;
    after = after == null ? NullNode.getInstance() : after;
  }
}
