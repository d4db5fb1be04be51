package org.potctl.state.pot;

import java.util.ArrayList;
import java.util.List;
import org.potctl.state.files.ParseException;
import org.potctl.state.model.Jail;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses {@code jls -d --libxo json -n jid name path dying} (pot.md §8.6): {@code {"__version":
 * "2", "jail-information": {"jail": [{"jid": 3, "name": "web", "path": "…", "dying": false}]}}}.
 */
public final class JlsOutput {

  /** The argv that produces what {@link #parse} reads. */
  public static final List<String> ARGV =
      List.of("jls", "-d", "--libxo", "json", "-n", "jid", "name", "path", "dying");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JlsOutput() {}

  /**
   * Parses the JSON document; empty output, or a {@code jail-information} without a {@code jail}
   * list (libxo may leave an empty list out), means no jails.
   *
   * @throws ParseException naming {@code source} and the line of malformed JSON or of a jail
   *     without a jid or name
   */
  public static List<Jail> parse(String source, String json) {
    if (json.isBlank()) {
      return List.of();
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new ParseException(source, line, "not jls JSON: " + e.getOriginalMessage());
    }
    JsonNode info = root.path("jail-information");
    if (!info.isObject()) {
      throw new ParseException(source, 1, "no jail-information object in jls output");
    }
    JsonNode list = info.path("jail");
    if (list.isMissingNode()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new ParseException(source, 1, "jail-information.jail is not a list in jls output");
    }
    List<Jail> jails = new ArrayList<>();
    int index = 0;
    for (JsonNode j : list) {
      jails.add(jail(source, j, index++));
    }
    return List.copyOf(jails);
  }

  private static Jail jail(String source, JsonNode j, int index) {
    JsonNode jid = j.path("jid");
    JsonNode name = j.path("name");
    if (!jid.isNumber() && !(jid.isString() && jid.asString().matches("\\d+"))) {
      throw new ParseException(source, 1, "jail #" + index + " has no numeric jid: " + j);
    }
    if (!name.isString() || name.asString().isEmpty()) {
      throw new ParseException(source, 1, "jail #" + index + " has no name: " + j);
    }
    return new Jail(
        jid.asInt(), name.asString(), j.path("path").asString(""), dying(j.path("dying")));
  }

  private static boolean dying(JsonNode node) {
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isNumber()) {
      return node.asInt() != 0;
    }
    return node.isString() && (node.asString().equals("true") || node.asString().equals("1"));
  }
}
