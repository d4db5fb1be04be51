package org.potctl.controller.render;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.potctl.controller.plan.Action;
import org.potctl.controller.plan.Change;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.table.Table;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.statedir.ApplyJournal;
import tools.jackson.core.JsonGenerator;

/**
 * {@code potctl status}: drift per resource, read off a plan. A resource is {@code in-sync}, {@code
 * missing} (would be created), {@code drifted} (updated, replaced, started or stopped), {@code
 * extra} (owned, gone from the spec: would be deleted) or {@code error} (a plan error names it, so
 * what it needs is not known; {@link Plan#erred}). The spec's refused applies since its last run
 * follow, from the host's journals.
 */
public final class StatusReport {

  private StatusReport() {}

  /** The status word of the change {@code c} of {@code plan}. */
  public static String status(Plan plan, Change c) {
    if (plan.erred(c)) {
      return "error";
    }
    return switch (c.action()) {
      case NOOP -> "in-sync";
      case CREATE -> "missing";
      case DELETE -> "extra";
      case UPDATE, REPLACE, START, STOP -> "drifted";
    };
  }

  /** Whether any resource differs from the spec. */
  public static boolean drift(Plan plan) {
    return plan.changes().stream().anyMatch(c -> c.action() != Action.NOOP);
  }

  /** One line per resource, a summary line, then the unmanaged objects on the host (left alone). */
  public static String text(Plan plan, List<ResourceAddress> unmanaged) {
    StringWriter out = new StringWriter();
    writeText(plan, unmanaged, out);
    return out.toString();
  }

  /** Streams {@link #text} to {@code out} (flushed, not closed), one resource line at a time. */
  public static void writeText(Plan plan, List<ResourceAddress> unmanaged, Writer out) {
    writeText(plan, unmanaged, List.of(), out);
  }

  /**
   * Streams {@link #text}, then one paragraph per refusal of {@code refusals} (newest first):
   * {@code Refused: 'COMMAND' at TIME (N times, last TIME; journal ID):} and its reasons, indented.
   */
  public static void writeText(
      Plan plan, List<ResourceAddress> unmanaged, List<ApplyJournal> refusals, Writer out) {
    PrintWriter w = out instanceof PrintWriter p ? p : new PrintWriter(out);
    int[] widths = {
      plan.changes().stream().mapToInt(c -> c.address().toString().length()).max().orElse(0), 8
    };
    long drifted = 0;
    for (Change c : plan.changes()) {
      String detail = "";
      int errors = plan.errorsAbout(c.address()).size();
      if (errors > 0) {
        detail = errors + (errors == 1 ? " error" : " errors") + " above";
      } else if (c.action() != Action.NOOP) {
        drifted++;
        detail = c.action().jsonName();
        List<String> paths = c.fields().stream().map(FieldChange::path).toList();
        if (!paths.isEmpty() && c.action() != Action.CREATE) {
          detail += ": " + String.join(", ", paths);
        }
      }
      w.print(Table.line(widths, List.of(c.address().toString(), status(plan, c), detail)));
    }
    w.print(
        plan.hasErrors()
            ? "Unknown: the plan has errors (above), so drift cannot be judged.\n"
            : drifted == 0
                ? "In sync: " + plan.changes().size() + " resources match the spec.\n"
                : "Drift: " + drifted + " of " + plan.changes().size() + " resources differ.\n");
    if (!unmanaged.isEmpty()) {
      w.print("Unmanaged on the host (no spec owns them; potctl leaves them alone): ");
      w.print(String.join(", ", unmanaged.stream().map(ResourceAddress::toString).toList()));
      w.print('\n');
    }
    refusals.forEach(r -> w.print(refusalText(r)));
    w.flush();
  }

  private static String refusalText(ApplyJournal r) {
    List<String> lines = r.refusal();
    StringBuilder b = new StringBuilder("Refused: '").append(lines.get(0)).append("' at ");
    b.append(r.records().get(0).time());
    if (r.refusals() > 1) {
      b.append(" (").append(r.refusals()).append(" times, last ");
      b.append(r.lastRefused().orElseThrow()).append(';');
    } else {
      b.append(" (");
    }
    b.append(" journal ").append(r.applyId()).append("):\n");
    lines.subList(1, lines.size()).forEach(l -> b.append("  ").append(l).append('\n'));
    return b.toString();
  }

  /**
   * The {@link JsonDocument} {@code {"format_version", "drift": bool|null, "resources":
   * [{"address", "status", "action", "fields"}], "unmanaged": [address], "diagnostics"}}; {@code
   * drift} is null when the plan has errors (drift cannot be judged).
   */
  public static String json(Plan plan, List<ResourceAddress> unmanaged) {
    StringWriter out = new StringWriter();
    writeJson(plan, unmanaged, out);
    return out.toString();
  }

  /** Streams {@link #json} to {@code out} (flushed, not closed), one resource at a time. */
  public static void writeJson(Plan plan, List<ResourceAddress> unmanaged, Writer out) {
    writeJson(plan, unmanaged, List.of(), out);
  }

  /**
   * Streams {@link #json} with {@code "refusals": [{"apply_id", "time", "count", "last_time",
   * "command", "reasons"}]} (newest first; the journal's fields, {@code count} 1 and {@code
   * last_time} the time for a refusal that happened once).
   */
  public static void writeJson(
      Plan plan, List<ResourceAddress> unmanaged, List<ApplyJournal> refusals, Writer out) {
    JsonDocument.write(out, g -> jsonBody(g, plan, unmanaged, refusals), plan.diagnostics());
  }

  private static void jsonBody(
      JsonGenerator g, Plan plan, List<ResourceAddress> unmanaged, List<ApplyJournal> refusals) {
    if (plan.hasErrors()) {
      g.writeNullProperty("drift");
    } else {
      g.writeBooleanProperty("drift", drift(plan));
    }
    g.writeArrayPropertyStart("resources");
    for (Change c : plan.changes()) {
      g.writeStartObject();
      g.writeStringProperty("address", c.address().toString());
      g.writeStringProperty("status", status(plan, c));
      g.writeStringProperty("action", c.action().jsonName());
      g.writeArrayPropertyStart("fields");
      c.fields().forEach(f -> g.writeString(f.path()));
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("unmanaged");
    unmanaged.forEach(a -> g.writeString(a.toString()));
    g.writeEndArray();
    g.writeArrayPropertyStart("refusals");
    for (ApplyJournal r : refusals) {
      List<String> lines = r.refusal();
      g.writeStartObject();
      g.writeStringProperty("apply_id", r.applyId());
      g.writeStringProperty("time", r.records().get(0).time().toString());
      g.writeNumberProperty("count", r.refusals());
      g.writeStringProperty("last_time", r.lastRefused().orElseThrow().toString());
      g.writeStringProperty("command", lines.get(0));
      g.writeArrayPropertyStart("reasons");
      lines.subList(1, lines.size()).forEach(g::writeString);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
