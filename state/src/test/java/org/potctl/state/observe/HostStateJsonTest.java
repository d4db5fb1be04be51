package org.potctl.state.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.potctl.state.model.HostState;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The streamed observe document holds exactly the fields of the tree, in the same order. */
class HostStateJsonTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void streamedFieldsEqualTheTree() {
    FakePotHost host = new FakePotHost(7);
    host.files.put("/opt/pot/jails/half/m/.keep", "");
    HostState state = HostObserver.create(host.runner(), host.files).observe();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      HostStateJson.write(g, state, "sim");
      g.writeEndObject();
    }
    JsonNode streamed = JSON.readTree(out.toString());
    JsonNode tree = HostStateJson.tree(state, "sim");
    // compared as text: a parsed small long is an IntNode, the tree's a LongNode
    assertEquals(tree.toString(), streamed.toString(), "same fields, values and order");
    assertEquals(7, streamed.path("pots").size());
    assertEquals("half", streamed.path("incomplete_pots").path(0).stringValue());
    assertTrue(streamed.path("pots").path(0).path("redirects").size() > 0);
  }
}
