package org.potctl.controller.render;

import java.util.List;
import org.potctl.controller.trash.TrashEntry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The document of {@code restore --list -o json} (docs/schemas/trash.schema.json). */
public final class TrashJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TrashJson() {}

  /**
   * {@code {"format_version": 1, "trash": [{"address", "apply_id", "trashed", "used_bytes",
   * "dataset"}], "diagnostics": []}}, newest first.
   */
  public static String write(List<TrashEntry> entries) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("trash");
    for (TrashEntry e : entries) {
      ObjectNode o = list.addObject();
      o.put("address", e.address().toString());
      o.put("apply_id", e.applyId());
      o.put("trashed", e.time().map(t -> t.toString()).orElse(null));
      o.put("used_bytes", e.usedBytes());
      o.put("dataset", e.dataset());
    }
    return JsonDocument.write(JsonDocument.fields(root), List.of());
  }
}
