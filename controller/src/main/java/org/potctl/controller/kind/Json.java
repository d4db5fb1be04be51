package org.potctl.controller.kind;

import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Field values as JSON, for {@link org.potctl.controller.plan.FieldChange}. */
final class Json {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Json() {}

  static JsonNode text(String value) {
    return value == null ? NullNode.getInstance() : F.stringNode(value);
  }

  static JsonNode number(int value) {
    return F.numberNode(value);
  }

  static JsonNode bool(boolean value) {
    return F.booleanNode(value);
  }

  static JsonNode list(Collection<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    return a;
  }

  static JsonNode object(Map<String, String> values) {
    ObjectNode o = F.objectNode();
    values.forEach(o::put);
    return o;
  }

  static JsonNode none() {
    return NullNode.getInstance();
  }
}
