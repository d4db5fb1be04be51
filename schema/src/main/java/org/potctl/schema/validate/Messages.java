package org.potctl.schema.validate;

import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/** Wording shared by the checks. */
final class Messages {

  private Messages() {}

  /** A short description of a value for "got ..." phrases: {@code "abc"}, {@code number 14.1}. */
  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isString()) {
      return Text.quote(value.stringValue());
    }
    if (value.isNumber() || value.isBoolean()) {
      String kind = value.isNumber() ? "number " : "boolean ";
      String text = value.asString();
      return kind + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }
    if (value.isNull()) {
      return "null";
    }
    return value.isArray() ? "a list" : "a mapping";
  }

  /** {@code a string}, {@code an integer}, {@code a mapping} for JSON type names. */
  static String article(String jsonType) {
    return switch (jsonType) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "integer" -> "an integer";
      case "null" -> "null";
      default -> "a " + jsonType;
    };
  }
}
