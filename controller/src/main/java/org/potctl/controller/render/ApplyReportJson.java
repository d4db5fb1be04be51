package org.potctl.controller.render;

import java.io.StringWriter;
import java.io.Writer;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.ResourceOutcome;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.apply.StepStatus;
import org.potctl.schema.diag.Diagnostic;
import tools.jackson.core.JsonGenerator;

/**
 * {@code apply -o json}: the report as one JSON document with stable snake_case names:
 *
 * <pre>{@code
 * {"format_version": 1, "apply_id": "20261123T135501Z-3fa2", "outcome": "applied|failed|stopped", "duration_ms": 4100,
 *  "summary": {"created": 3, "updated": 1, "replaced": 0, "deleted": 0, "failed": 0,
 *              "skipped": 0, "unchanged": 2},
 *  "resources": [{"address": "pot.web", "action": "create", "reasons": ["not on the host"],
 *                 "reason_codes": ["not-on-host"], "outcome": "applied",
 *                 "duration_ms": 1200, "detail": ""}],
 *  "steps": [{"id": 1, "address": "pot.web", "kind": "create-pot", "argv": ["pot", "create", …], "outcome": "applied",
 *             "started": "2026-…Z", "finished": "2026-…Z", "duration_ms": 1200, "detail": ""}],
 *  "diagnostics": []}
 * }</pre>
 *
 * {@code reasons} and {@code reason_codes} are the planned change's, as in the plan ({@link
 * PlanJson}); both are empty for a resource that only has steps. {@code detail} is the error of a
 * failed resource or step and the reason of a skipped one.
 */
public final class ApplyReportJson {

  private ApplyReportJson() {}

  /** The {@link JsonDocument}, with the plan's {@code diagnostics}. */
  public static String render(ApplyReport report, Iterable<Diagnostic> diagnostics) {
    StringWriter out = new StringWriter();
    write(report, diagnostics, out);
    return out.toString();
  }

  /**
   * Streams the {@link JsonDocument} to {@code out} (flushed, not closed), one resource and one
   * step at a time: no tree of the report is built.
   */
  public static void write(ApplyReport report, Iterable<Diagnostic> diagnostics, Writer out) {
    JsonDocument.write(out, g -> body(g, report), diagnostics);
  }

  /** The report's properties, between {@code format_version} and {@code diagnostics}. */
  static void body(JsonGenerator g, ApplyReport report) {
    g.writeStringProperty("apply_id", report.applyId());
    g.writeStringProperty("outcome", outcome(report));
    g.writeNumberProperty("duration_ms", report.took().toMillis());
    ApplyReport.Totals t = report.totals();
    g.writeObjectPropertyStart("summary");
    g.writeNumberProperty("created", t.created());
    g.writeNumberProperty("updated", t.updated());
    g.writeNumberProperty("replaced", t.replaced());
    g.writeNumberProperty("deleted", t.deleted());
    g.writeNumberProperty("failed", t.failed());
    g.writeNumberProperty("skipped", t.skipped());
    g.writeNumberProperty("unchanged", t.unchanged());
    g.writeEndObject();
    g.writeArrayPropertyStart("resources");
    for (ResourceOutcome r : report.resources()) {
      g.writeStartObject();
      g.writeStringProperty("address", r.address().toString());
      g.writeStringProperty("action", r.action().jsonName());
      PlanJson.reasons(g, r.reasons());
      g.writeStringProperty("outcome", r.status().jsonName());
      g.writeNumberProperty("duration_ms", r.took().toMillis());
      g.writeStringProperty("detail", r.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("steps");
    report.steps().forEach(s -> step(g, s));
    g.writeEndArray();
  }

  private static void step(JsonGenerator g, StepResult s) {
    g.writeStartObject();
    g.writeNumberProperty("id", s.step().id());
    g.writeStringProperty("address", s.step().address().toString());
    g.writeStringProperty("kind", s.step().kind().code());
    g.writeArrayPropertyStart("argv");
    s.step().argv().forEach(g::writeString);
    g.writeEndArray();
    g.writeStringProperty("outcome", s.status().jsonName());
    if (s.status() == StepStatus.SKIPPED) {
      g.writeNullProperty("started");
      g.writeNullProperty("finished");
    } else {
      g.writeStringProperty("started", s.started().toString());
      g.writeStringProperty("finished", s.finished().toString());
    }
    g.writeNumberProperty("duration_ms", s.took().toMillis());
    g.writeStringProperty("detail", s.detail());
    g.writeEndObject();
  }

  /** {@code applied}, {@code stopped} (interrupted, nothing failed) or {@code failed}. */
  static String outcome(ApplyReport report) {
    if (report.succeeded()) {
      return "applied";
    }
    return report.stopped() && !report.anyFailed() ? "stopped" : "failed";
  }
}
