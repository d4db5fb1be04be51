package org.potctl.controller.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.potctl.controller.apply.Applier;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyOptions;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.ResourceOutcome;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.apply.StepStatus;
import org.potctl.controller.render.ApplyReportJson;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.render.HostPlanJson;
import org.potctl.controller.render.JsonDocument;
import org.potctl.controller.render.PlanJson;
import org.potctl.controller.render.StatusReport;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Severity;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.state.statedir.Inventory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streamed {@code apply}, {@code status} and host-change documents (issue 18: written through
 * Jackson's generator, never built as a tree) are byte for byte what the tree-based renderers they
 * replaced wrote, for every example planned on a fresh host and applied, with diagnostics (with and
 * without locations): the reference renderers below are those renderers, unchanged but for names.
 */
class StreamedReportsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonMapper TREE_WRITER =
      JsonMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  @TempDir Path dir;

  static List<String> examples() throws Exception {
    return ExamplesGoldenTest.examples().toList();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void streamedDocumentsEqualTheTreeRenderings(String example) {
    SimFixture host = new SimFixture(dir.resolve("sim"));
    Plan fresh =
        withDiagnostics(
            host.plan(
                SimFixture.load(SimFixture.EXAMPLES.resolve(example)),
                "examples/potfiles/" + example,
                example));
    assertTrue(fresh.hasChanges());
    ApplyReport report =
        Applier.create(host.sim).apply(fresh, ApplyOptions.defaults(), ApplyListener.NOOP);
    assertFalse(report.steps().isEmpty());
    List<ResourceAddress> unmanaged =
        List.of(ResourceAddress.pot("stray"), ResourceAddress.fscomp("left"));

    String apply = ApplyReportJson.render(report, fresh.diagnostics());
    assertEquals(treeApply(report, fresh.diagnostics()), apply);
    DocumentSchemas.assertValid("apply", apply);
    String status = StatusReport.json(fresh, unmanaged);
    assertEquals(treeStatus(fresh, unmanaged), status);
    DocumentSchemas.assertValid("status", status);
    assertEquals(treeStatusText(fresh, unmanaged), StatusReport.text(fresh, unmanaged));
    assertEquals(treeStatusText(fresh, List.of()), StatusReport.text(fresh, List.of()));

    HostPlan change =
        new HostPlan(
            "adopt",
            "sim",
            fresh,
            List.of(
                new HostPlan.InventoryEdit(true, example, Inventory.Kind.BRIDGE, "br0"),
                new HostPlan.InventoryEdit(false, example, Inventory.Kind.FLAVOUR, "slim")),
            List.of("pot.web: already managed"));
    List<String> refusals = List.of("refused: one", "  continued", "another");
    assertEquals(
        treeHostPlan(change, "applied", Optional.of(report), refusals),
        HostPlanJson.render(change, "applied", Optional.of(report), refusals));
    String dry = HostPlanJson.render(change, "dry_run", Optional.empty(), List.of());
    assertEquals(treeHostPlan(change, "dry_run", Optional.empty(), List.of()), dry);
    DocumentSchemas.assertValid("host-change", dry);
  }

  /** The plan with an error with two locations, a warning with one and an error with none. */
  private static Plan withDiagnostics(Plan p) {
    Path file = Path.of("examples", "Potfile");
    List<Diagnostic> diagnostics = new ArrayList<>(p.diagnostics());
    diagnostics.add(
        new Diagnostic(
            Severity.ERROR,
            "pots.web.ip",
            "taken \u2192 by db",
            Optional.of(new SourceLocation(file, 3, 7)),
            Optional.of(new SourceLocation(file, 9, 5))));
    diagnostics.add(Diagnostic.warning("pots.db", "unused", new SourceLocation(file, 12, 1)));
    diagnostics.add(Diagnostic.error("", "no location"));
    return new Plan(
        p.specDir(),
        p.specId(),
        p.specDigest(),
        p.applyId(),
        p.hostDriver(),
        p.hostFingerprint(),
        p.changes(),
        p.steps(),
        diagnostics,
        p.observed());
  }

  // The tree-based renderers of main before issue 18's streaming (ApplyReportJson, StatusReport,
  // HostPlanJson and JsonDocument.node as they were).

  private static String treeApply(ApplyReport report, Iterable<Diagnostic> diagnostics) {
    ObjectNode root = JSON.createObjectNode();
    root.put("apply_id", report.applyId());
    root.put(
        "outcome",
        report.succeeded()
            ? "applied"
            : report.stopped() && !report.anyFailed() ? "stopped" : "failed");
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
      ObjectNode o =
          resources
              .addObject()
              .put("address", r.address().toString())
              .put("action", r.action().jsonName());
      var reasons = o.putArray("reasons");
      r.reasons().forEach(x -> reasons.add(x.text()));
      var codes = o.putArray("reason_codes");
      r.reasons().forEach(x -> codes.add(x.code().code()));
      o.put("outcome", r.status().jsonName())
          .put("duration_ms", r.took().toMillis())
          .put("detail", r.detail());
    }
    var steps = root.putArray("steps");
    for (StepResult s : report.steps()) {
      ObjectNode o = steps.addObject();
      o.put("id", s.step().id())
          .put("address", s.step().address().toString())
          .put("kind", s.step().kind().code());
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
    return document(root, diagnostics);
  }

  private static String treeStatus(Plan plan, List<ResourceAddress> unmanaged) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    if (plan.hasErrors()) {
      root.putNull("drift");
    } else {
      root.put("drift", StatusReport.drift(plan));
    }
    ArrayNode resources = root.putArray("resources");
    for (Change c : plan.changes()) {
      ObjectNode r = resources.addObject();
      r.put("address", c.address().toString());
      r.put("status", named(plan, c) > 0 ? "error" : word(c));
      r.put("action", c.action().jsonName());
      ArrayNode fields = r.putArray("fields");
      c.fields().forEach(f -> fields.add(f.path()));
    }
    ArrayNode others = root.putArray("unmanaged");
    unmanaged.forEach(a -> others.add(a.toString()));
    root.putArray("refusals");
    return document(root, plan.diagnostics());
  }

  private static String word(Change c) {
    return switch (c.action()) {
      case NOOP -> "in-sync";
      case CREATE -> "missing";
      case DELETE -> "extra";
      default -> "drifted";
    };
  }

  /** The errors whose path is the resource's spec node or its address, or lies inside either. */
  private static long named(Plan plan, Change c) {
    String address = c.address().toString();
    String node =
        c.address().kind() == org.potctl.schema.address.ResourceKind.BASE
            ? address
            : c.address().kind().prefix() + "s." + c.address().name();
    return plan.diagnostics().stream()
        .filter(d -> d.isError())
        .filter(d -> inside(d.path(), node) || inside(d.path(), address))
        .count();
  }

  private static boolean inside(String path, String node) {
    return path.equals(node) || path.startsWith(node + ".") || path.startsWith(node + "[");
  }

  private static String treeStatusText(Plan plan, List<ResourceAddress> unmanaged) {
    StringBuilder b = new StringBuilder();
    int width =
        plan.changes().stream().mapToInt(c -> c.address().toString().length()).max().orElse(0);
    for (Change c : plan.changes()) {
      StringBuilder line = new StringBuilder();
      long errors = named(plan, c);
      line.append(
          String.format("%-" + width + "s  %-8s", c.address(), errors > 0 ? "error" : word(c)));
      if (errors > 0) {
        line.append("  ")
            .append(errors)
            .append(errors == 1 ? " error" : " errors")
            .append(" above");
      } else if (c.action() != Action.NOOP) {
        line.append("  ").append(c.action().jsonName());
        List<String> paths = c.fields().stream().map(FieldChange::path).toList();
        if (!paths.isEmpty() && c.action() != Action.CREATE) {
          line.append(": ").append(String.join(", ", paths));
        }
      }
      // the text is the same but for the padding an in-sync line used to end with (TextTable)
      b.append(line.toString().stripTrailing()).append('\n');
    }
    long drifted = plan.changes().stream().filter(c -> c.action() != Action.NOOP).count();
    b.append(
        plan.hasErrors()
            ? "Unknown: the plan has errors (above), so drift cannot be judged.\n"
            : drifted == 0
                ? "In sync: " + plan.changes().size() + " resources match the spec.\n"
                : "Drift: " + drifted + " of " + plan.changes().size() + " resources differ.\n");
    if (!unmanaged.isEmpty()) {
      b.append("Unmanaged on the host (no spec owns them; potctl leaves them alone): ")
          .append(String.join(", ", unmanaged.stream().map(ResourceAddress::toString).toList()))
          .append('\n');
    }
    return b.toString();
  }

  private static String treeHostPlan(
      HostPlan plan, String outcome, Optional<ApplyReport> report, List<String> refusals) {
    ObjectNode root = JSON.createObjectNode();
    root.put("command", plan.command());
    root.put("outcome", outcome);
    root.set("plan", JSON.readTree(PlanJson.write(plan.plan())));
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
      root.set("report", JSON.readTree(treeApply(report.get(), List.of())));
    } else {
      root.putNull("report");
    }
    // the plan's diagnostics (warnings first), then the refusal's reasons
    List<Diagnostic> diagnostics = new ArrayList<>(plan.plan().diagnostics());
    diagnostics.addAll(JsonDocument.errors(refusals));
    return document(root, diagnostics);
  }

  private static String document(ObjectNode root, Iterable<Diagnostic> diagnostics) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = TREE_WRITER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberProperty("format_version", JsonDocument.FORMAT_VERSION);
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        g.writeName(e.getKey());
        g.writeTree(e.getValue());
      }
      g.writeArrayPropertyStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        g.writeTree(node(d));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out + "\n";
  }

  private static ObjectNode node(Diagnostic d) {
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    item.put("severity", d.severity().label());
    if (d.location().isPresent()) {
      SourceLocation at = d.location().get();
      item.put("file", at.file().toString());
      item.put("line", at.line());
      item.put("column", at.column());
    } else {
      item.putNull("file");
      item.putNull("line");
      item.putNull("column");
    }
    item.put("path", d.path());
    item.put("message", d.message());
    if (d.related().isPresent()) {
      SourceLocation at = d.related().get();
      item.putObject("related")
          .put("file", at.file().toString())
          .put("line", at.line())
          .put("column", at.column());
    }
    return item;
  }
}
