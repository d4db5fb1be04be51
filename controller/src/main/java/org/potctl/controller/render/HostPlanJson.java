package org.potctl.controller.render;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.plan.HostPlan;
import org.potctl.schema.diag.Diagnostic;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON document of {@code adopt}, {@code forget}, {@code restore} and {@code gc} once a plan
 * was made ({@code -o json}, docs/json.md, docs/schemas/host-change.schema.json), written by {@link
 * JsonDocument}: {@code command}, {@code outcome}, the plan as {@code plan -o json} writes it, the
 * inventory edits, the notes, the apply report when steps ran, and {@code diagnostics}: the plan's
 * (the spec's warnings first, {@link org.potctl.controller.plan.Plan#reported}), then the refusal's
 * reasons. Before a plan (invalid spec, lock held, refused address, nothing in the trash) the
 * command prints the diagnostics document instead.
 */
public final class HostPlanJson {

  private HostPlanJson() {}

  /**
   * The document, with a trailing newline.
   *
   * @param outcome {@code applied}, {@code failed}, {@code stopped}, {@code dry_run} or {@code
   *     refused} (not confirmed)
   * @param report the report, when steps ran
   * @param refusals the refusal's reasons (lines starting with a space continue the one before)
   */
  public static String render(
      HostPlan plan, String outcome, Optional<ApplyReport> report, List<String> refusals) {
    StringWriter out = new StringWriter();
    write(plan, outcome, report, refusals, out);
    return out.toString();
  }

  /**
   * Streams the document of {@link #render} to {@code out} (flushed, not closed): the plan and the
   * report are written through the same generator, never built as trees.
   */
  public static void write(
      HostPlan plan,
      String outcome,
      Optional<ApplyReport> report,
      List<String> refusals,
      Writer out) {
    List<Diagnostic> diagnostics = new ArrayList<>(plan.plan().diagnostics());
    diagnostics.addAll(JsonDocument.errors(refusals));
    JsonDocument.write(out, g -> body(g, plan, outcome, report), diagnostics);
  }

  private static void body(
      JsonGenerator g, HostPlan plan, String outcome, Optional<ApplyReport> report) {
    g.writeStringProperty("command", plan.command());
    g.writeStringProperty("outcome", outcome);
    JsonDocument.nested(g, "plan", p -> PlanJson.body(p, plan.plan()), plan.plan().diagnostics());
    g.writeArrayPropertyStart("inventory");
    for (HostPlan.InventoryEdit e : plan.inventory()) {
      g.writeStartObject();
      g.writeStringProperty("action", e.add() ? "record" : "remove");
      g.writeStringProperty("spec_id", e.specId());
      g.writeStringProperty("kind", e.kind().name().toLowerCase(Locale.ROOT));
      g.writeStringProperty("name", e.name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("notes");
    plan.notes().forEach(g::writeString);
    g.writeEndArray();
    if (report.isPresent()) {
      JsonDocument.nested(g, "report", r -> ApplyReportJson.body(r, report.get()), List.of());
    } else {
      g.writeNullProperty("report");
    }
  }
}
