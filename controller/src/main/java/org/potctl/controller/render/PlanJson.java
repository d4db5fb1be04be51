package org.potctl.controller.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Risk;
import org.potctl.controller.plan.Step;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Severity;
import org.potctl.schema.diag.SourceLocation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON plan of DESIGN §5 ({@code plan -o json}, {@code plan --out}), plus {@code spec.id},
 * {@code apply_id}, {@code observed}, and per step {@code stdin} (when not empty) and {@code ready}
 * (when the step has a postcondition). {@link #read} gives back an equal {@link Plan}.
 */
public final class PlanJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private PlanJson() {}

  /** The plan as pretty-printed JSON, ending in a newline. */
  public static String write(Plan plan) {
    ObjectNode root = F.objectNode();
    root.put("format_version", Plan.FORMAT_VERSION);
    ObjectNode spec = root.putObject("spec");
    spec.put("dir", plan.specDir());
    spec.put("id", plan.specId());
    spec.put("digest", plan.specDigest());
    ObjectNode host = root.putObject("host");
    host.put("driver", plan.hostDriver());
    host.put("fingerprint", plan.hostFingerprint());
    root.put("apply_id", plan.applyId());
    ObjectNode summary = root.putObject("summary");
    plan.summary().forEach((a, n) -> summary.put(a.jsonName(), n));
    ArrayNode changes = root.putArray("changes");
    plan.changes().forEach(c -> changes.add(change(c)));
    ArrayNode steps = root.putArray("steps");
    plan.steps().forEach(s -> steps.add(step(s)));
    ArrayNode diagnostics = root.putArray("diagnostics");
    plan.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
    ObjectNode observed = root.putObject("observed");
    plan.observed().forEach(observed::put);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static ObjectNode change(Change c) {
    ObjectNode o = F.objectNode();
    o.put("address", c.address().toString());
    o.put("action", c.action().jsonName());
    o.put("risk", c.risk().jsonName());
    ArrayNode reasons = o.putArray("reasons");
    c.reasons().forEach(reasons::add);
    ArrayNode fields = o.putArray("fields");
    for (FieldChange f : c.fields()) {
      ObjectNode field = fields.addObject();
      field.put("path", f.path());
      field.set("before", f.before());
      field.set("after", f.after());
    }
    return o;
  }

  private static ObjectNode step(Step s) {
    ObjectNode o = F.objectNode();
    o.put("id", s.id());
    o.put("address", s.address().toString());
    ArrayNode argv = o.putArray("argv");
    s.argv().forEach(argv::add);
    ArrayNode after = o.putArray("after");
    s.after().forEach(after::add);
    if (!s.stdin().isEmpty()) {
      o.put("stdin", s.stdin());
    }
    if (s.ready() instanceof Readiness.PotRunning r) {
      ObjectNode ready = o.putObject("ready");
      ready.put("pot", r.pot());
      ArrayNode redirects = ready.putArray("redirects");
      r.redirects().forEach(redirects::add);
    }
    return o;
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    return JsonDiagnosticsRenderer.node(d);
  }

  /**
   * Reads a plan written by {@link #write}.
   *
   * @throws IllegalArgumentException if it is not JSON, not format version 1, or a field is missing
   *     or malformed (the message names it)
   */
  public static Plan read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not a JSON plan: " + e.getOriginalMessage(), e);
    }
    try {
      return readPlan(root);
    } catch (NullPointerException | IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed plan: " + e.getMessage(), e);
    }
  }

  private static Plan readPlan(JsonNode root) {
    int version = required(root, "format_version").intValue();
    if (version != Plan.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "plan format_version " + version + " is not " + Plan.FORMAT_VERSION);
    }
    JsonNode spec = required(root, "spec");
    JsonNode host = required(root, "host");
    List<Change> changes = new ArrayList<>();
    required(root, "changes").values().forEach(c -> changes.add(readChange(c)));
    List<Step> steps = new ArrayList<>();
    required(root, "steps").values().forEach(s -> steps.add(readStep(s)));
    List<Diagnostic> diagnostics = new ArrayList<>();
    required(root, "diagnostics").values().forEach(d -> diagnostics.add(readDiagnostic(d)));
    SortedMap<String, String> observed = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : required(root, "observed").properties()) {
      observed.put(e.getKey(), e.getValue().stringValue());
    }
    return new Plan(
        text(spec, "dir"),
        text(spec, "id"),
        text(spec, "digest"),
        text(root, "apply_id"),
        text(host, "driver"),
        text(host, "fingerprint"),
        changes,
        steps,
        diagnostics,
        observed);
  }

  private static Change readChange(JsonNode c) {
    List<String> reasons = strings(required(c, "reasons"));
    List<FieldChange> fields = new ArrayList<>();
    for (JsonNode f : required(c, "fields").values()) {
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
    required(s, "after").values().forEach(a -> after.add(a.intValue()));
    Readiness ready = Readiness.NONE;
    JsonNode r = s.get("ready");
    if (r != null && !r.isNull()) {
      ready = new Readiness.PotRunning(text(r, "pot"), strings(required(r, "redirects")));
    }
    JsonNode stdin = s.get("stdin");
    return new Step(
        required(s, "id").intValue(),
        ResourceAddress.parse(text(s, "address")),
        strings(required(s, "argv")),
        stdin == null ? "" : stdin.stringValue(),
        after,
        ready);
  }

  private static Diagnostic readDiagnostic(JsonNode d) {
    Severity severity = enumValue(Severity.values(), text(d, "severity"), Severity::label);
    JsonNode file = d.get("file");
    Optional<SourceLocation> at =
        file == null || file.isNull()
            ? Optional.empty()
            : Optional.of(
                new SourceLocation(
                    Path.of(file.stringValue()),
                    required(d, "line").intValue(),
                    required(d, "column").intValue()));
    return new Diagnostic(severity, text(d, "path"), text(d, "message"), at, Optional.empty());
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

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.values().forEach(v -> list.add(v.stringValue()));
    return list;
  }

  private static <E> E enumValue(
      E[] values, String name, java.util.function.Function<E, String> label) {
    for (E e : values) {
      if (label.apply(e).equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown value '" + name + "'");
  }
}
