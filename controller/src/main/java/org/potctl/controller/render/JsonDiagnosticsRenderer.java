package org.potctl.controller.render;

import java.io.PrintWriter;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The machine form of DESIGN.md §5: {@code {"diagnostics": [...]}} on one line. */
public final class JsonDiagnosticsRenderer implements DiagnosticsRenderer {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Override
  public void render(Diagnostics diagnostics, PrintWriter out) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      list.add(node(d));
    }
    out.println(MAPPER.writeValueAsString(root));
    out.flush();
  }

  /** One diagnostic in the JSON form of DESIGN §5 (also used inside JSON plans). */
  public static ObjectNode node(Diagnostic d) {
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    item.put("severity", d.severity().label());
    if (d.location().isPresent()) {
      item.put("file", d.location().get().file().toString());
      item.put("line", d.location().get().line());
      item.put("column", d.location().get().column());
    } else {
      item.putNull("file");
      item.putNull("line");
      item.putNull("column");
    }
    item.put("path", d.path());
    item.put("message", d.message());
    return item;
  }
}
