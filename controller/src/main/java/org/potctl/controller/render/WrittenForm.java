package org.potctl.controller.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.potctl.controller.plan.Plan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan file holds exactly what {@link PlanJson} writes for the plan it describes: read back and
 * written again, it gives the same JSON tree. So nothing in a saved plan is taken on trust that the
 * reader does not check: a field potctl does not write, a {@code summary} that its {@code changes}
 * do not give, a value in a form potctl does not write. Each such difference is named by its JSON
 * pointer.
 */
final class WrittenForm {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final int MAX_LISTED = 10;

  private WrittenForm() {}

  /**
   * Checks that {@code file} (the tree read) is what {@link PlanJson} writes for {@code plan} (the
   * plan read from it).
   *
   * @throws PlanJson.NotAsWritten naming each difference (at most ten, and how many more)
   */
  static void check(JsonNode file, Plan plan) {
    JsonNode written = MAPPER.readTree(PlanJson.write(plan));
    List<String> out = new ArrayList<>();
    compare("", file, written, out);
    if (out.isEmpty()) {
      return;
    }
    List<String> listed = new ArrayList<>();
    out.subList(0, Math.min(MAX_LISTED, out.size())).forEach(d -> listed.add(printable(d)));
    if (out.size() > MAX_LISTED) {
      listed.add("and " + (out.size() - MAX_LISTED) + " more");
    }
    throw new PlanJson.NotAsWritten(listed);
  }

  private static void compare(String at, JsonNode file, JsonNode written, List<String> out) {
    if (file.isObject() && written.isObject()) {
      for (Map.Entry<String, JsonNode> e : file.properties()) {
        String to = at + "/" + escape(e.getKey());
        JsonNode w = written.get(e.getKey());
        if (w == null) {
          out.add(to + " is a field potctl does not write");
        } else {
          compare(to, e.getValue(), w, out);
        }
      }
      for (Map.Entry<String, JsonNode> e : written.properties()) {
        if (file.get(e.getKey()) == null) {
          out.add(at + "/" + escape(e.getKey()) + " is missing");
        }
      }
    } else if (file.isArray() && written.isArray() && file.size() == written.size()) {
      for (int i = 0; i < file.size(); i++) {
        compare(at + "/" + i, file.get(i), written.get(i), out);
      }
    } else if (!file.equals(written)) {
      out.add(
          (at.isEmpty() ? "/" : at)
              + " is "
              + shown(file)
              + " where the rest of the file gives "
              + shown(written));
    }
  }

  private static String shown(JsonNode node) {
    String text = node.toString();
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  /**
   * The text with every character outside printable ASCII as {@code \\uXXXX}: a file's bytes never
   * reach a terminal raw.
   */
  private static String printable(CharSequence text) {
    StringBuilder b = new StringBuilder(text.length());
    text.chars()
        .forEach(
            c ->
                b.append(
                    c >= 0x20 && c < 0x7f
                        ? String.valueOf((char) c)
                        : String.format("\\u%04x", c)));
    return b.toString();
  }

  /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
