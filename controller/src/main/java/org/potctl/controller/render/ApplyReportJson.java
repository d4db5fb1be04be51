package org.potctl.controller.render;

import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.ResourceOutcome;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.apply.StepStatus;
import org.potctl.schema.diag.Diagnostic;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code apply -o json}: the report as one JSON document with stable snake_case names:
 *
 * <pre>{@code
 * {"format_version": 1, "apply_id": "20261123T135501Z-3fa2", "outcome": "applied|failed|stopped", "duration_ms": 4100,
 *  "summary": {"created": 3, "updated": 1, "replaced": 0, "deleted": 0, "failed": 0,
 *              "skipped": 0, "unchanged": 2},
 *  "resources": [{"address": "pot.web", "action": "create", "outcome": "applied",
 *                 "duration_ms": 1200, "detail": ""}],
 *  "steps": [{"id": 1, "address": "pot.web", "argv": ["pot", "create", …], "outcome": "applied",
 *             "started": "2026-…Z", "finished": "2026-…Z", "duration_ms": 1200, "detail": ""}],
 *  "diagnostics": []}
 * }</pre>
 *
 * {@code detail} is the error of a failed resource or step and the reason of a skipped one.
 */
public final class ApplyReportJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ApplyReportJson() {}

  /** The {@link JsonDocument}, with the plan's {@code diagnostics}. */
  public static String render(ApplyReport report, Iterable<Diagnostic> diagnostics) {
    ObjectNode root = JSON.createObjectNode();
    root.put("apply_id", report.applyId());
    root.put("outcome", outcome(report));
    root.put("duration_ms", report.took().toMillis());
    ApplyReport.Totals t = report.totals();
    root.putObject("summary")
        .put("created", t.created())
        .put("updated", t.updated())
        .put("replaced", t.replaced())
        .put("deleted", t.deleted())
        .put("failed", t.failed())
        .put("skipped", t.skipped())
        .put("unchanged", t.unchanged());
    var resources = root.putArray("resources");
    for (ResourceOutcome r : report.resources()) {
      resources
          .addObject()
          .put("address", r.address().toString())
          .put("action", r.action().jsonName())
          .put("outcome", r.status().jsonName())
          .put("duration_ms", r.took().toMillis())
          .put("detail", r.detail());
    }
    var steps = root.putArray("steps");
    for (StepResult s : report.steps()) {
      ObjectNode o = steps.addObject();
      o.put("id", s.step().id()).put("address", s.step().address().toString());
      var argv = o.putArray("argv");
      s.step().argv().forEach(argv::add);
      o.put("outcome", s.status().jsonName());
      if (s.status() == StepStatus.SKIPPED) {
        o.putNull("started").putNull("finished");
      } else {
        o.put("started", s.started().toString()).put("finished", s.finished().toString());
      }
      o.put("duration_ms", s.took().toMillis()).put("detail", s.detail());
    }
    return JsonDocument.write(JsonDocument.fields(root), diagnostics);
  }

  private static String outcome(ApplyReport report) {
    if (report.succeeded()) {
      return "applied";
    }
    return report.stopped() && !report.anyFailed() ? "stopped" : "failed";
  }
}
