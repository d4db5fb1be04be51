package org.potctl.controller.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.ChangeReason;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Reason;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.Step;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Severity;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.state.statedir.Journal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON plan {@link PlanJson} writes back into an equal {@link Plan}. */
final class PlanJsonReader {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private PlanJsonReader() {}

  /**
   * Reads a plan written by {@link #write}.
   *
   * @throws IllegalArgumentException if it is not JSON, not format version 1, written by an older
   *     potctl ({@link OlderPlanFormat}), a field is missing or malformed (the message names it), a
   *     key appears twice in an object, or the file is not exactly what {@link PlanJson} writes for
   *     the plan it holds ({@link WrittenForm}: an unknown field, a {@code summary} its changes do
   *     not give)
   */
  static Plan read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not a JSON plan: " + e.getOriginalMessage(), e);
    }
    Optional<String> older = OlderPlanFormat.of(root);
    if (older.isPresent()) {
      throw new IllegalArgumentException(older.get());
    }
    Plan plan;
    try {
      plan = readPlan(root);
    } catch (NullPointerException | IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed plan: " + e.getMessage(), e);
    }
    WrittenForm.check(root, plan);
    return plan;
  }

  private static Plan readPlan(JsonNode root) {
    int version = integer(required(root, "format_version"), "format_version");
    if (version != JsonDocument.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "plan format_version " + version + " is not " + JsonDocument.FORMAT_VERSION);
    }
    JsonNode spec = required(root, "spec");
    JsonNode host = required(root, "host");
    List<Change> changes = new ArrayList<>();
    array(root, "changes").values().forEach(c -> changes.add(readChange(c)));
    List<Step> steps = new ArrayList<>();
    array(root, "steps").values().forEach(s -> steps.add(readStep(s)));
    List<Diagnostic> diagnostics = new ArrayList<>();
    array(root, "diagnostics").values().forEach(d -> diagnostics.add(readDiagnostic(d)));
    SortedMap<String, String> observed = new TreeMap<>();
    JsonNode seen = required(root, "observed");
    if (!seen.isObject()) {
      throw new IllegalArgumentException("field 'observed' is not an object");
    }
    for (Map.Entry<String, JsonNode> e : seen.properties()) {
      observed.put(e.getKey(), text(seen, e.getKey()));
    }
    return new Plan(
        text(spec, "dir"),
        text(spec, "id"),
        text(spec, "digest"),
        applyId(root),
        text(host, "driver"),
        text(host, "fingerprint"),
        changes,
        steps,
        diagnostics,
        observed);
  }

  /** The apply id: it names the journal file, so it must be a safe file name. */
  private static String applyId(JsonNode root) {
    String id = text(root, "apply_id");
    if (!Journal.APPLY_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("field 'apply_id' '" + id + "' is not an apply id");
    }
    return id;
  }

  private static Change readChange(JsonNode c) {
    List<String> texts = strings(array(c, "reasons"));
    List<String> codes = strings(array(c, "reason_codes"));
    if (codes.size() != texts.size()) {
      throw new IllegalArgumentException(
          "field 'reason_codes' has "
              + codes.size()
              + " codes for "
              + texts.size()
              + " reasons (one code per reason)");
    }
    List<Reason> reasons = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      reasons.add(
          new Reason(
              enumValue(ChangeReason.values(), codes.get(i), ChangeReason::code), texts.get(i)));
    }
    List<FieldChange> fields = new ArrayList<>();
    for (JsonNode f : array(c, "fields").values()) {
      fields.add(new FieldChange(text(f, "path"), required(f, "before"), required(f, "after")));
    }
    return new Change(
        ResourceAddress.parse(text(c, "address")),
        enumValue(Action.values(), text(c, "action"), Action::jsonName),
        enumValue(Risk.values(), text(c, "risk"), Risk::jsonName),
        reasons,
        fields);
  }

  private static Step readStep(JsonNode s) {
    List<Integer> after = new ArrayList<>();
    array(s, "after").values().forEach(a -> after.add(integer(a, "after")));
    Readiness ready = Readiness.NONE;
    JsonNode r = s.get("ready");
    if (r != null && !r.isNull() && r.has("image")) {
      ready =
          new Readiness.ImageConfined(
              text(r, "image"),
              text(r, "zfs_root"),
              text(r, "fs_root"),
              bool(r, "allow_hooks"),
              bool(r, "allow_privileged_attributes"),
              text(r, "reserved_host_ports"));
    } else if (r != null && !r.isNull() && r.has("image_stream")) {
      ready =
          new Readiness.ImageStreamChecked(
              text(r, "image_stream"), text(r, "pot"), text(r, "fs_root"));
    } else if (r != null && !r.isNull()) {
      ready = new Readiness.PotRunning(text(r, "pot"), strings(array(r, "redirects")));
    }
    JsonNode stdin = s.get("stdin");
    return new Step(
        integer(required(s, "id"), "id"),
        ResourceAddress.parse(text(s, "address")),
        enumValue(StepKind.values(), text(s, "kind"), StepKind::code),
        strings(array(s, "argv")),
        stdin == null ? "" : text(s, "stdin"),
        after,
        ready);
  }

  private static Diagnostic readDiagnostic(JsonNode d) {
    Severity severity = enumValue(Severity.values(), text(d, "severity"), Severity::label);
    JsonNode related = d.get("related");
    return new Diagnostic(
        severity,
        text(d, "path"),
        text(d, "message"),
        location(d),
        related == null ? Optional.empty() : location(related));
  }

  private static Optional<SourceLocation> location(JsonNode d) {
    JsonNode file = d.get("file");
    if (file == null || file.isNull()) {
      return Optional.empty();
    }
    return Optional.of(
        new SourceLocation(
            Path.of(text(d, "file")),
            integer(required(d, "line"), "line"),
            integer(required(d, "column"), "column")));
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isString()) {
      throw new IllegalArgumentException("field '" + field + "' is not a string");
    }
    return value.stringValue();
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("field '" + field + "' is not a boolean");
    }
    return value.booleanValue();
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    for (JsonNode v : array.values()) {
      if (!v.isString()) {
        throw new IllegalArgumentException("an element of a list of strings is not a string");
      }
      list.add(v.stringValue());
    }
    return list;
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isArray()) {
      throw new IllegalArgumentException("field '" + field + "' is not a list");
    }
    return value;
  }

  private static int integer(JsonNode value, String field) {
    if (!value.isInt()) {
      throw new IllegalArgumentException("field '" + field + "' is not an integer");
    }
    return value.intValue();
  }

  private static <E> E enumValue(E[] values, String name, Function<E, String> label) {
    for (E e : values) {
      if (label.apply(e).equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown value '" + name + "'");
  }
}
