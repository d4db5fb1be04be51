package org.potctl.controller.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.potctl.controller.HostPlan;
import org.potctl.controller.apply.ApplyReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON document of {@code adopt}, {@code forget}, {@code restore} and {@code gc} once a plan
 * was made ({@code -o json}, docs/json.md, docs/schemas/host-change.schema.json), written by {@link
 * JsonDocument}: {@code command}, {@code outcome}, the plan as {@code plan -o json} writes it, the
 * inventory edits, the notes, the apply report when steps ran, and {@code diagnostics}. Before a
 * plan (invalid spec, lock held, refused address, nothing in the trash) the command prints the
 * diagnostics document instead.
 */
public final class HostPlanJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

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
    ObjectNode root = JSON.createObjectNode();
    root.put("command", plan.command());
    root.put("outcome", outcome);
    ObjectNode planNode = (ObjectNode) JSON.readTree(PlanJson.write(plan.plan()));
    root.set("plan", planNode);
    ArrayNode edits = root.putArray("inventory");
    for (HostPlan.InventoryEdit e : plan.inventory()) {
      edits
          .addObject()
          .put("action", e.add() ? "record" : "remove")
          .put("spec_id", e.specId())
          .put("kind", e.kind().name().toLowerCase(Locale.ROOT))
          .put("name", e.name());
    }
    ArrayNode notes = root.putArray("notes");
    plan.notes().forEach(notes::add);
    if (report.isPresent()) {
      root.set("report", JSON.readTree(ApplyReportJson.render(report.get(), List.of())));
    } else {
      root.putNull("report");
    }
    return JsonDocument.write(JsonDocument.fields(root), JsonDocument.errors(refusals));
  }
}
