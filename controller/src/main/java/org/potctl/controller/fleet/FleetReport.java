package org.potctl.controller.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.potctl.controller.fleet.FleetRun.HostOutcome;
import org.potctl.controller.render.JsonDocument;
import org.potctl.controller.table.Table;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One combined report of a fleet command: each host's own output under a header, then a summary
 * line per host and the aggregated exit code ({@link FleetExit}). In JSON, each host's document
 * (its {@code -o json} output) is embedded as {@code result}.
 */
public final class FleetReport {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FleetReport() {}

  /** What an exit code means, for the summary. */
  public static String status(int exitCode) {
    return switch (exitCode) {
      case 0 -> "ok";
      case 2 -> "changes present";
      case 3 -> "refused";
      default -> "error";
    };
  }

  /** The text report: per-host sections (stdout), then the summary. */
  public static String text(List<HostOutcome> outcomes) {
    StringBuilder b = new StringBuilder();
    for (HostOutcome o : outcomes) {
      b.append("=== ")
          .append(o.host().name())
          .append(" (")
          .append(o.host().address())
          .append(")\n");
      b.append(o.out());
      if (!o.out().isEmpty() && !o.out().endsWith("\n")) {
        b.append('\n');
      }
    }
    b.append(summary(outcomes));
    return b.toString();
  }

  /** The summary alone: one line per host, then the totals and the combined exit code. */
  public static String summary(List<HostOutcome> outcomes) {
    StringBuilder b = new StringBuilder("summary:\n");
    List<List<String>> rows = new ArrayList<>();
    for (HostOutcome o : outcomes) {
      rows.add(
          List.of(
              "", // the two-space indent
              o.host().name(),
              status(o.exitCode()),
              "exit " + o.exitCode(),
              String.format(Locale.ROOT, "%.1fs", o.took().toMillis() / 1000.0)
                  + (o.exitCode() == 0 || o.exitCode() == 2 ? "" : "  " + reason(o.err()))));
    }
    b.append(Table.render(rows));
    int exit = FleetExit.aggregate(outcomes.stream().map(HostOutcome::exitCode).toList());
    long failed = outcomes.stream().filter(o -> status(o.exitCode()).equals("error")).count();
    long refused = outcomes.stream().filter(o -> o.exitCode() == 3).count();
    long changes = outcomes.stream().filter(o -> o.exitCode() == 2).count();
    b.append(
        String.format(
            Locale.ROOT,
            "%d hosts: %d ok, %d with changes, %d refused, %d failed; exit %d%n",
            outcomes.size(),
            outcomes.size() - failed - refused - changes,
            changes,
            refused,
            failed,
            exit));
    return b.toString();
  }

  /**
   * The JSON report, a {@link JsonDocument}: {@code {"format_version", "exit_code", "hosts": [...],
   * "diagnostics": []}}; each host's own document is its {@code result}.
   */
  public static String json(List<HostOutcome> outcomes) {
    ObjectNode root = JSON.createObjectNode();
    root.put(
        "exit_code", FleetExit.aggregate(outcomes.stream().map(HostOutcome::exitCode).toList()));
    ArrayNode hosts = root.putArray("hosts");
    for (HostOutcome o : outcomes) {
      ObjectNode h = hosts.addObject();
      h.put("name", o.host().name());
      h.put("address", o.host().address());
      h.put("spec_dir", o.host().specDir().toString());
      h.put("spec_id", o.host().specId());
      h.put("exit_code", o.exitCode());
      h.put("status", status(o.exitCode()));
      h.set("result", parsed(o.out()));
      ArrayNode errors = h.putArray("stderr");
      o.err().lines().filter(l -> !l.isBlank()).forEach(errors::add);
    }
    return JsonDocument.write(JsonDocument.fields(root), List.of());
  }

  private static JsonNode parsed(String out) {
    if (out.isBlank()) {
      return JSON.nullNode();
    }
    try {
      return JSON.readTree(out);
    } catch (JacksonException e) {
      return JSON.getNodeFactory().stringNode(out);
    }
  }

  /** The first error or refusal line of a host's stderr, else its last line. */
  static String reason(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    return lines.stream()
        .filter(l -> l.contains("error:") || l.contains("refused:"))
        .findFirst()
        .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1))
        .strip();
  }
}
