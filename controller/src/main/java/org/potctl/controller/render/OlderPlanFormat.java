package org.potctl.controller.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Recognises a saved plan written by an older potctl, before changes carried {@code reason_codes}
 * and {@code error} and steps carried {@code kind}: such a plan is refused like a malformed one
 * (exit 1), with a message that says what it is and how to make it again, instead of "missing
 * field".
 */
final class OlderPlanFormat {

  private OlderPlanFormat() {}

  /**
   * Why {@code root} is an older plan: none of its changes has {@code reason_codes} or {@code
   * error}, or none of its steps has {@code kind}; empty when it is not (a plan missing the field
   * in only some of its entries is malformed, not older).
   */
  static Optional<String> of(JsonNode root) {
    List<String> lacks = new ArrayList<>();
    if (noneHas(root.get("changes"), "reason_codes")) {
      lacks.add("its changes have no 'reason_codes'");
    }
    if (noneHas(root.get("changes"), "error")) {
      lacks.add("its changes have no 'error'");
    }
    if (noneHas(root.get("steps"), "kind")) {
      lacks.add("its steps have no 'kind'");
    }
    if (lacks.isEmpty()) {
      return Optional.empty();
    }
    JsonNode spec = root.path("spec").path("dir");
    String dir = spec.isString() ? spec.stringValue() : "DIR";
    return Optional.of(
        "it was written by an older potctl ("
            + String.join(", ", lacks)
            + "); this potctl does not run it: make the plan again with 'potctl plan "
            + dir
            + " --out FILE'");
  }

  private static boolean noneHas(JsonNode entries, String field) {
    if (entries == null || !entries.isArray() || entries.isEmpty()) {
      return false;
    }
    for (JsonNode e : entries.values()) {
      if (!e.isObject() || e.has(field)) {
        return false;
      }
    }
    return true;
  }
}
