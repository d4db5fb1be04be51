package org.potctl.controller.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /suspend} and {@code /resume}: exactly {@code {"action": "suspend",
 * "timestamp": 1764628200}} (the action named by the path, the Unix time in seconds). Because the
 * signature covers the action and the time, a body signed for {@code /hook} or for the other
 * action, or one older than {@link #WINDOW}, is refused.
 */
final class ControlBody {

  /** How far the timestamp may be from the watcher's clock, either way. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private ControlBody() {}

  /** The canonical body for {@code action} at {@code at}, as a client would send it. */
  static String of(String action, Instant at) {
    return "{\"action\":\"" + action + "\",\"timestamp\":" + at.getEpochSecond() + "}";
  }

  /**
   * Whether {@code body} has the shape of a control body (an object of exactly {@code action} and
   * {@code timestamp}, whatever their values): {@code /hook} refuses such a body, so one signed for
   * {@code /suspend} or {@code /resume} cannot be spent as a delivery.
   */
  static boolean looksLike(byte[] body) {
    return shaped(body) != null;
  }

  /** The body as a JSON object of exactly the two fields, or null. */
  private static JsonNode shaped(byte[] body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JacksonException e) {
      return null;
    }
    boolean two =
        node != null
            && node.isObject()
            && Set.copyOf(node.propertyNames()).equals(Set.of("action", "timestamp"));
    return two ? node : null;
  }

  /**
   * Why {@code body} is not a control body for {@code action} at {@code now}, or empty when it is.
   * The answer's first word is the metric result: {@code malformed} or {@code stale}.
   */
  static Optional<String> problem(String action, byte[] body, Instant now) {
    JsonNode node = shaped(body);
    if (node == null
        || !node.get("action").isString()
        || !node.get("timestamp").isIntegralNumber()
        || !node.get("timestamp").canConvertToLong()) {
      return Optional.of(
          "malformed: the body must be exactly "
              + of(action, now)
              + " (the action and the Unix time in seconds), signed");
    }
    String named = node.get("action").asString();
    if (!named.equals(action)) {
      return Optional.of(
          "malformed: the body names the action '" + named + "', not '" + action + "'");
    }
    long at = node.get("timestamp").asLong();
    long skew = Math.abs(now.getEpochSecond() - at);
    if (skew > WINDOW.toSeconds()) {
      return Optional.of(
          "stale: the timestamp "
              + at
              + " is "
              + skew
              + " s from the watcher's clock ("
              + now.getEpochSecond()
              + "); at most "
              + WINDOW.toSeconds()
              + " s are allowed");
    }
    return Optional.empty();
  }
}
