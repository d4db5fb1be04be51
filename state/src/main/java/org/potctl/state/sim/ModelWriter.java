package org.potctl.state.sim;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link SimModel} as the JSON {@code SimStore} reads back, one map entry per line, and
 * reuses the text of every dataset, jail and anchor that is the very object it wrote last time:
 * models are immutable and a command copies the maps, not their values, so a command that changes
 * one pot serialises one pot's entries instead of the whole host (which cost most of a simulated
 * command's time). Thread-safe.
 */
final class ModelWriter {

  /** The text last written for one entry, and the value it was written from. */
  private record Entry(Object value, String text) {}

  private final JsonMapper json;
  private final Map<String, Map<String, Entry>> written = new HashMap<>();

  ModelWriter(JsonMapper json) {
    this.json = json;
  }

  synchronized String write(SimModel model) {
    StringBuilder b = new StringBuilder(256 + 200 * model.datasets().size());
    b.append('{');
    section(b, "datasets", model.datasets());
    b.append(',');
    section(b, "jails", model.jails());
    b.append(',');
    section(b, "anchors", model.anchors());
    b.append(",\n\"lastJid\":").append(model.lastJid());
    b.append(",\n\"bridgesUp\":").append(json.writeValueAsString(model.bridgesUp()));
    b.append("\n}\n");
    return b.toString();
  }

  private void section(StringBuilder b, String name, Map<String, ?> values) {
    Map<String, Entry> before = written.getOrDefault(name, Map.of());
    Map<String, Entry> now = HashMap.newHashMap(values.size());
    b.append('\n').append(json.writeValueAsString(name)).append(":{");
    String separator = "\n";
    for (Map.Entry<String, ?> e : values.entrySet()) {
      Entry known = before.get(e.getKey());
      if (known == null || known.value() != e.getValue()) {
        known =
            new Entry(
                e.getValue(),
                json.writeValueAsString(e.getKey()) + ":" + json.writeValueAsString(e.getValue()));
      }
      now.put(e.getKey(), known);
      b.append(separator).append(known.text());
      separator = ",\n";
    }
    b.append('}');
    written.put(name, now);
  }
}
