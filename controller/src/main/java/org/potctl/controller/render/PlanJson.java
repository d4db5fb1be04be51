package org.potctl.controller.render;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.Reason;
import org.potctl.controller.plan.Step;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON plan of DESIGN §5 ({@code plan -o json}, {@code plan --out}), plus {@code spec.id},
 * {@code apply_id}, {@code observed}, and per step {@code stdin} (when not empty) and {@code ready}
 * (when the step has a postcondition). {@link #read} gives back an equal {@link Plan} ({@code
 * PlanJsonReader}).
 */
public final class PlanJson {

  private PlanJson() {}

  /** The plan as pretty-printed JSON, ending in a newline. */
  public static String write(Plan plan) {
    StringWriter out = new StringWriter();
    write(plan, out);
    return out.toString();
  }

  /**
   * Streams the plan as pretty-printed JSON, ending in a newline, to {@code out} (not closed):
   * written as it is walked, never built as a tree, so time and memory stay linear in the plan.
   */
  public static void write(Plan plan, Writer out) {
    JsonDocument.write(out, g -> body(g, plan), plan.diagnostics());
  }

  /** The plan's properties, between {@code format_version} and {@code diagnostics}. */
  static void body(JsonGenerator g, Plan plan) {
    g.writeObjectPropertyStart("spec");
    g.writeStringProperty("dir", plan.specDir());
    g.writeStringProperty("id", plan.specId());
    g.writeStringProperty("digest", plan.specDigest());
    g.writeEndObject();
    g.writeObjectPropertyStart("host");
    g.writeStringProperty("driver", plan.hostDriver());
    g.writeStringProperty("fingerprint", plan.hostFingerprint());
    g.writeEndObject();
    g.writeStringProperty("apply_id", plan.applyId());
    g.writeObjectPropertyStart("summary");
    plan.summary().forEach((a, n) -> g.writeNumberProperty(a.jsonName(), n));
    g.writeNumberProperty("error", plan.erredCount());
    g.writeEndObject();
    g.writeArrayPropertyStart("changes");
    plan.changes().forEach(c -> change(g, c, plan.erred(c)));
    g.writeEndArray();
    g.writeArrayPropertyStart("steps");
    plan.steps().forEach(s -> step(g, s));
    g.writeEndArray();
    g.writeObjectPropertyStart("observed");
    plan.observed().forEach(g::writeStringProperty);
    g.writeEndObject();
  }

  /** A change; {@code erred}: a plan error names it (counted by {@code summary.error}). */
  private static void change(JsonGenerator g, Change c, boolean erred) {
    g.writeStartObject();
    g.writeStringProperty("address", c.address().toString());
    g.writeStringProperty("action", c.action().jsonName());
    g.writeStringProperty("risk", c.risk().jsonName());
    g.writeBooleanProperty("error", erred);
    reasons(g, c.reasons());
    g.writeArrayPropertyStart("fields");
    for (FieldChange f : c.fields()) {
      g.writeStartObject();
      g.writeStringProperty("path", f.path());
      g.writeName("before");
      g.writeTree(f.before());
      g.writeName("after");
      g.writeTree(f.after());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code reasons} (the sentences) and {@code reason_codes} (their codes, in the same order). */
  static void reasons(JsonGenerator g, List<Reason> reasons) {
    strings(g, "reasons", reasons.stream().map(Reason::text).toList());
    strings(g, "reason_codes", reasons.stream().map(r -> r.code().code()).toList());
  }

  private static void step(JsonGenerator g, Step s) {
    g.writeStartObject();
    g.writeNumberProperty("id", s.id());
    g.writeStringProperty("address", s.address().toString());
    g.writeStringProperty("kind", s.kind().code());
    strings(g, "argv", s.argv());
    g.writeArrayPropertyStart("after");
    s.after().forEach(g::writeNumber);
    g.writeEndArray();
    if (!s.stdin().isEmpty()) {
      g.writeStringProperty("stdin", s.stdin());
    }
    if (s.ready() instanceof Readiness.PotRunning r) {
      g.writeObjectPropertyStart("ready");
      g.writeStringProperty("pot", r.pot());
      strings(g, "redirects", r.redirects());
      g.writeEndObject();
    } else if (s.ready() instanceof Readiness.ImageConfined r) {
      g.writeObjectPropertyStart("ready");
      g.writeStringProperty("image", r.pot());
      g.writeStringProperty("zfs_root", r.zfsRoot());
      g.writeStringProperty("fs_root", r.fsRoot());
      g.writeBooleanProperty("allow_hooks", r.hooks());
      g.writeBooleanProperty("allow_privileged_attributes", r.privilegedAttributes());
      g.writeStringProperty("reserved_host_ports", r.reservedHostPorts());
      g.writeEndObject();
    } else if (s.ready() instanceof Readiness.ImageStreamChecked r) {
      g.writeObjectPropertyStart("ready");
      g.writeStringProperty("image_stream", r.stream());
      g.writeStringProperty("pot", r.pot());
      g.writeStringProperty("fs_root", r.fsRoot());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    values.forEach(g::writeString);
    g.writeEndArray();
  }

  /**
   * Reads a plan written by {@link #write}.
   *
   * @throws NotAsWritten if the file reads as a plan but is not what {@link #write} writes for it
   * @throws IllegalArgumentException if it is not JSON, not format version 1, a key appears twice,
   *     or a field is missing or malformed (the message names it)
   */
  public static Plan read(String json) {
    return PlanJsonReader.read(json);
  }

  /**
   * A plan file that reads as a plan but holds something {@link #write} does not write for it: a
   * field potctl does not write, a {@code summary} its {@code changes} do not give. Nothing of such
   * a file is trusted: {@code apply FILE} refuses it (exit 3) like a plan that no longer matches.
   */
  public static final class NotAsWritten extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> differences;

    NotAsWritten(List<String> differences) {
      super(
          "the file is not as potctl writes the plan it holds: " + String.join("; ", differences));
      this.differences = List.copyOf(differences);
    }

    /** Each difference, by JSON pointer, e.g. {@code /summary/create is 0 where ...}. */
    public List<String> differences() {
      return differences;
    }
  }
}
