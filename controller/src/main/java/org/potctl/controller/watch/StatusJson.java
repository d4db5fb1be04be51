package org.potctl.controller.watch;

import java.util.Locale;
import java.util.Optional;
import org.potctl.controller.render.JsonOutput;
import org.potctl.state.exec.Durations;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code GET /status}. Top level: the current commit, the latest reconcile's result,
 * summary, drift and diagnostics; {@code head} is the latest new-commit reconcile (a rejected
 * commit's errors stay there until the next commit); {@code history} lists commit reconciles. Like
 * every potctl JSON document it has {@code format_version} and a top-level {@code diagnostics}
 * array (docs/schemas/watch-status.schema.json).
 */
final class StatusJson {

  /** The {@code format_version} of the document, as every {@code -o json} document has. */
  static final int FORMAT_VERSION = 1;

  private static final JsonMapper MAPPER = JsonOutput.mapper();

  private StatusJson() {}

  static String render(WatchStatus status) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format_version", FORMAT_VERSION);
    root.put("source", status.source());
    root.put("suspended", status.suspended());
    root.put("plan_only", status.options().planOnly());
    root.put("drift_mode", status.options().drift().name().toLowerCase(Locale.ROOT));
    root.put("interval", Durations.format(status.options().interval()));
    root.put("spec_id", status.options().specId());
    ObjectNode commit = root.putObject("commit");
    if (status.current().isPresent()) {
      Revision current = status.current().get();
      commit.put("id", current.id());
      commit.put("subject", current.subject());
      putTime(commit, "time", current.time().map(Object::toString));
      putTime(commit, "since", status.currentSince().map(Object::toString));
    } else {
      root.putNull("commit");
    }
    if (status.last().isPresent()) {
      ReconcileRecord last = status.last().get();
      root.put("result", last.result().label());
      fill(root, last);
    } else {
      root.putNull("result");
      root.putArray("diagnostics");
    }
    ObjectNode fetch = root.putObject("fetch");
    fetch.put("result", status.fetchError().isPresent() ? "failed" : "ok");
    putTime(fetch, "error", status.fetchError());
    putTime(fetch, "at", status.fetchedAt().map(Object::toString));
    if (status.head().isPresent()) {
      record(root.putObject("head"), status.head().get());
    } else {
      root.putNull("head");
    }
    ArrayNode history = root.putArray("history");
    status.history().forEach(r -> record(history.addObject(), r));
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static void record(ObjectNode node, ReconcileRecord r) {
    node.put("type", r.type());
    node.put("commit", r.commit());
    node.put("subject", r.subject());
    putTime(node, "commit_time", r.commitTime().map(Object::toString));
    node.put("at", r.at().toString());
    node.put("result", r.result().label());
    node.put("applied", r.applied());
    node.put("took_ms", r.took().toMillis());
    fill(node, r);
  }

  private static void fill(ObjectNode node, ReconcileRecord r) {
    ObjectNode summary = node.putObject("summary");
    r.summary().forEach(summary::put);
    ArrayNode drift = node.putArray("drift");
    r.drift().forEach(drift::add);
    ArrayNode diagnostics = node.putArray("diagnostics");
    for (Finding f : r.diagnostics()) {
      ObjectNode d = diagnostics.addObject();
      d.put("severity", f.severity());
      if (f.file().isPresent()) {
        d.put("file", f.file().get());
        d.put("line", f.line());
        d.put("column", f.column());
        d.put("at", f.where());
      } else {
        d.putNull("file");
        d.putNull("line");
        d.putNull("column");
        d.putNull("at");
      }
      d.put("path", f.path());
      d.put("message", f.message());
      if (f.related().isPresent()) {
        ObjectNode related = d.putObject("related");
        related.put("file", f.related().get().file());
        related.put("line", f.related().get().line());
        related.put("column", f.related().get().column());
      }
    }
    node.put("message", r.message());
  }

  private static void putTime(ObjectNode node, String key, Optional<String> value) {
    if (value.isPresent()) {
      node.put(key, value.get());
    } else {
      node.putNull(key);
    }
  }
}
