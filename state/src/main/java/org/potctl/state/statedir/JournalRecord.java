package org.potctl.state.statedir;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of an apply's journal: {@code {"event":"step_started","time":"…","step":3,
 * "address":"pot.web","kind":"start","argv":["pot","start","web"]}}. Fields that do not apply to an
 * event are absent.
 *
 * @param event what happened
 * @param time when
 * @param step the plan step id, for step events
 * @param address the resource address, for step events
 * @param argv the step's argv, for {@link Event#STEP_STARTED}
 * @param duration how long the step took, for finished and failed steps
 * @param message the error of a failed step, the reason of a skipped one, the outcome of a finished
 *     apply, the command line of a started one
 * @param specId the spec id the apply works for, on {@link Event#APPLY_STARTED} (absent in journals
 *     written before it was recorded)
 * @param kind the step's kind code (the controller's {@code StepKind}, e.g. {@code create-pot}), on
 *     {@link Event#STEP_STARTED} (absent in journals written before steps had kinds)
 * @param count on {@link Event#APPLY_REFUSED}: how many times the same refusal happened, when more
 *     than once ({@link Journal#refused} counts repeats instead of writing a journal each)
 * @param lastTime on a counted refusal: when it last happened
 * @param specIds on the {@link Event#APPLY_STARTED} of a host change ({@code adopt}, {@code
 *     forget}, {@code restore}, {@code gc}, {@code image build}; no {@code specId}): the spec ids
 *     whose objects it touches, sorted (empty in journals written before they were recorded)
 */
public record JournalRecord(
    Event event,
    Instant time,
    OptionalInt step,
    Optional<String> address,
    List<String> argv,
    Optional<Duration> duration,
    Optional<String> message,
    Optional<String> specId,
    Optional<String> kind,
    OptionalInt count,
    Optional<Instant> lastTime,
    List<String> specIds) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The kinds of journal line. */
  public enum Event {
    APPLY_STARTED,
    STEP_STARTED,
    STEP_FINISHED,
    STEP_FAILED,
    STEP_SKIPPED,
    APPLY_FINISHED,
    /** An apply refused before any step (host lock held, spec id of another origin, stale plan). */
    APPLY_REFUSED;

    /** The name written to the journal, e.g. {@code step_started}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Event fromWire(String name) {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public JournalRecord {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(address, "address");
    argv = List.copyOf(argv);
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(lastTime, "lastTime");
    specIds = List.copyOf(specIds);
  }

  /** A line that is no repeated refusal. */
  public JournalRecord(
      Event event,
      Instant time,
      OptionalInt step,
      Optional<String> address,
      List<String> argv,
      Optional<Duration> duration,
      Optional<String> message,
      Optional<String> specId,
      Optional<String> kind) {
    this(
        event,
        time,
        step,
        address,
        argv,
        duration,
        message,
        specId,
        kind,
        OptionalInt.empty(),
        Optional.empty(),
        List.of());
  }

  /**
   * This refusal counted once more, last at {@code at} (or at its recorded last time, if that is
   * later: another process's clock).
   */
  JournalRecord repeatedAt(Instant at) {
    return new JournalRecord(
        event,
        time,
        step,
        address,
        argv,
        duration,
        message,
        specId,
        kind,
        OptionalInt.of(count.orElse(1) + 1),
        Optional.of(lastTime.filter(t -> t.isAfter(at)).orElse(at)),
        specIds);
  }

  /** This line with {@code ids} as the spec ids a host change touches. */
  JournalRecord touching(List<String> ids) {
    return new JournalRecord(
        event, time, step, address, argv, duration, message, specId, kind, count, lastTime, ids);
  }

  /** This record as one JSON line, without the newline. */
  String toJsonLine() {
    ObjectNode o = JSON.createObjectNode();
    o.put("event", event.wireName());
    o.put("time", time.toString());
    step.ifPresent(s -> o.put("step", s));
    address.ifPresent(a -> o.put("address", a));
    kind.ifPresent(k -> o.put("kind", k));
    if (!argv.isEmpty()) {
      ArrayNode a = o.putArray("argv");
      argv.forEach(a::add);
    }
    duration.ifPresent(d -> o.put("duration_ms", d.toMillis()));
    message.ifPresent(m -> o.put("message", m));
    specId.ifPresent(id -> o.put("spec_id", id));
    if (!specIds.isEmpty()) {
      ArrayNode ids = o.putArray("spec_ids");
      specIds.forEach(ids::add);
    }
    count.ifPresent(c -> o.put("count", c));
    lastTime.ifPresent(t -> o.put("last_time", t.toString()));
    return JSON.writeValueAsString(o);
  }

  /** Parses one journal line; throws on anything malformed. */
  static JournalRecord fromJsonLine(String line) {
    JsonNode o = JSON.readTree(line);
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    JsonNode argv = o.path("argv");
    JsonNode specIds = o.path("spec_ids");
    return new JournalRecord(
        Event.fromWire(o.required("event").asString()),
        Instant.parse(o.required("time").asString()),
        o.has("step") ? OptionalInt.of(o.get("step").asInt()) : OptionalInt.empty(),
        o.has("address") ? Optional.of(o.get("address").asString()) : Optional.empty(),
        argv.isArray() ? argv.valueStream().map(JsonNode::asString).toList() : List.of(),
        o.has("duration_ms")
            ? Optional.of(Duration.ofMillis(o.get("duration_ms").asLong()))
            : Optional.empty(),
        o.has("message") ? Optional.of(o.get("message").asString()) : Optional.empty(),
        o.has("spec_id") ? Optional.of(o.get("spec_id").asString()) : Optional.empty(),
        o.has("kind") ? Optional.of(o.get("kind").asString()) : Optional.empty(),
        o.has("count") ? OptionalInt.of(o.get("count").asInt()) : OptionalInt.empty(),
        o.has("last_time")
            ? Optional.of(Instant.parse(o.get("last_time").asString()))
            : Optional.empty(),
        specIds.isArray() ? specIds.valueStream().map(JsonNode::asString).toList() : List.of());
  }
}
