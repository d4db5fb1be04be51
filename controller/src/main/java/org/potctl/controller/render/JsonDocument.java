package org.potctl.controller.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.SourceLocation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one writer of every {@code -o json} document (docs/json.md): a pretty-printed JSON object on
 * its own, ending in a newline, that starts with {@code "format_version": 1}, holds the command's
 * own fields, and ends with the {@code diagnostics} array in the shape of {@link #diagnostic}.
 *
 * <p>A command whose input is invalid (or that cannot start) prints the <em>diagnostics
 * document</em> {@link #diagnostics(Writer, Iterable)}: {@code format_version} and {@code
 * diagnostics} only. Each document is described by a JSON Schema under {@code docs/schemas/}.
 *
 * <p>Every non-ASCII character is escaped ({@code \\u2192}), so a document reads the same in every
 * locale, and a hidden one (control, bidirectional, invisible) can never reach a terminal raw
 * ({@link JsonOutput}). The body is streamed through Jackson's generator, so a large document is
 * never held as a tree; {@link #fields(ObjectNode)} adapts a renderer that builds one.
 */
public final class JsonDocument {

  /** The {@code format_version} of every document. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonMapper MAPPER = JsonOutput.asciiMapper();

  private JsonDocument() {}

  /** Writes a command's own fields, between {@code format_version} and {@code diagnostics}. */
  @FunctionalInterface
  public interface Body {

    /** Writes zero or more properties (never the start or end of the document object). */
    void write(JsonGenerator g);
  }

  /** Streams the document to {@code out} (flushed, not closed). */
  public static void write(Writer out, Body body, Iterable<Diagnostic> diagnostics) {
    try (JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
      object(g, body, diagnostics);
    }
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a whole document (from {@code format_version} to {@code diagnostics}) as the value of
   * the property {@code name} of the document being written: a report that holds another.
   */
  public static void nested(
      JsonGenerator g, String name, Body body, Iterable<Diagnostic> diagnostics) {
    g.writeName(name);
    object(g, body, diagnostics);
  }

  private static void object(JsonGenerator g, Body body, Iterable<Diagnostic> diagnostics) {
    g.writeStartObject();
    g.writeNumberProperty("format_version", FORMAT_VERSION);
    body.write(g);
    g.writeArrayPropertyStart("diagnostics");
    for (Diagnostic d : diagnostics) {
      diagnostic(g, d);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The document as a string. */
  public static String write(Body body, Iterable<Diagnostic> diagnostics) {
    StringWriter out = new StringWriter();
    write(out, body, diagnostics);
    return out.toString();
  }

  /** The diagnostics document ({@code format_version} and {@code diagnostics} only) to out. */
  public static void diagnostics(Writer out, Iterable<Diagnostic> diagnostics) {
    write(out, g -> {}, diagnostics);
  }

  /** The diagnostics document as a string. */
  public static String diagnostics(Iterable<Diagnostic> diagnostics) {
    return write(g -> {}, diagnostics);
  }

  /**
   * The diagnostics document of a command that failed before it had a spec to speak of (an
   * unreachable host, a refusal): one error without location, path {@code ""}.
   */
  public static String failure(String message) {
    return diagnostics(errors(List.of(message)));
  }

  /**
   * Errors without location, one per sentence of {@code lines}; a line that starts with a space
   * continues the one before it (as refusal reasons are printed).
   */
  public static List<Diagnostic> errors(List<String> lines) {
    List<String> messages = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith(" ") && !messages.isEmpty()) {
        messages.set(messages.size() - 1, messages.getLast() + "\n" + line.strip());
      } else {
        messages.add(line.strip());
      }
    }
    return messages.stream().map(m -> Diagnostic.error("", m)).toList();
  }

  /** A body that writes every property of {@code node}, in its order. */
  public static Body fields(ObjectNode node) {
    return g -> {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        g.writeName(e.getKey());
        g.writeTree(e.getValue());
      }
    };
  }

  /**
   * Streams one diagnostic: {@code {"severity", "file", "line", "column", "path", "message"}} plus
   * {@code "related": {"file", "line", "column"}} when it points at a second place; {@code file},
   * {@code line} and {@code column} are null without a location.
   */
  public static void diagnostic(JsonGenerator g, Diagnostic d) {
    g.writeStartObject();
    g.writeStringProperty("severity", d.severity().label());
    if (d.location().isPresent()) {
      location(g, d.location().get());
    } else {
      g.writeNullProperty("file");
      g.writeNullProperty("line");
      g.writeNullProperty("column");
    }
    g.writeStringProperty("path", d.path());
    g.writeStringProperty("message", d.message());
    if (d.related().isPresent()) {
      g.writeObjectPropertyStart("related");
      location(g, d.related().get());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, SourceLocation at) {
    g.writeStringProperty("file", at.file().toString());
    g.writeNumberProperty("line", at.line());
    g.writeNumberProperty("column", at.column());
  }
}
