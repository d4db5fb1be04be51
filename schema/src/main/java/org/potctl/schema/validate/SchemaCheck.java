package org.potctl.schema.validate;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.PotfileDocument;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.JsonNode;

/**
 * Validates one Potfile against the JSON Schema and turns each error into a located diagnostic with
 * a readable message. Name and size patterns are left to {@link NameRules} and {@link ValueRules},
 * which say more.
 */
public final class SchemaCheck {

  private static final Set<String> LEFT_TO_RULES = Set.of("pattern", "propertyNames");

  private final PotfileSchema schema = PotfileSchema.get();

  /** Checks {@code doc}; reports every schema error. */
  public void check(PotfileDocument doc, Diagnostics.Builder out) {
    if (doc.root().isNull()) {
      out.add(
          Diagnostic.error(
              "",
              "the file is empty; a Potfile needs at least 'version: 1'",
              doc.index().locate(JsonPath.root())));
      return;
    }
    List<Error> errors;
    try {
      errors = schema.validate(doc.root());
    } catch (RuntimeException e) {
      out.add(
          Diagnostic.error(
              "",
              "the file could not be checked against the schema: " + e.getClass().getSimpleName(),
              doc.index().locate(JsonPath.root())));
      return;
    }
    for (Error e : errors) {
      if (!LEFT_TO_RULES.contains(e.getKeyword())) {
        out.add(toDiagnostic(doc, e));
      }
    }
  }

  private Diagnostic toDiagnostic(PotfileDocument doc, Error e) {
    JsonPath path = toPath(e.getInstanceLocation());
    Optional<JsonNode> keywordParent =
        schema.nodeAt(e.getSchemaLocation().getFragment().getParent());
    if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
      JsonPath keyPath = path.child(e.getProperty());
      List<String> known = keywordParent.map(schema::knownKeys).orElse(List.of());
      String message =
          "unknown key " + Text.quote(e.getProperty()) + DidYouMean.hint(e.getProperty(), known);
      return Diagnostic.error(keyPath.toString(), message, doc.index().locateKey(keyPath));
    }
    String message = message(e, doc.at(path), keywordParent);
    return Diagnostic.error(path.toString(), message, doc.index().locate(path));
  }

  private String message(Error e, JsonNode value, Optional<JsonNode> parent) {
    JsonNode keyword = parent.map(p -> p.path(e.getKeyword())).orElse(null);
    return switch (e.getKeyword()) {
      case "required" -> "missing required key " + Text.quote(String.valueOf(e.getProperty()));
      case "type" ->
          "expected " + types(keyword) + ", got " + Messages.describe(value) + hint(keyword, value);
      case "enum" -> "must be one of " + list(keyword) + ", got " + Messages.describe(value);
      case "const" -> "must be " + keyword + ", got " + Messages.describe(value);
      case "minimum" -> "must be at least " + keyword + ", got " + Messages.describe(value);
      case "maximum" -> "must be at most " + keyword + ", got " + Messages.describe(value);
      case "minLength" -> "must not be empty";
      case "maxLength" -> "is longer than " + keyword + " characters";
      case "maxItems" -> "has more than " + keyword + " items";
      case "maxProperties" -> "has more than " + keyword + " entries";
      case "anyOf" ->
          "expected "
              + parent.map(p -> p.path("description").asString("")).orElse("another value")
              + ", got "
              + Messages.describe(value);
      default -> fallback(e);
    };
  }

  private static String types(JsonNode keyword) {
    if (keyword == null || keyword.isMissingNode()) {
      return "another type";
    }
    List<String> names = new ArrayList<>();
    if (keyword.isArray()) {
      keyword.forEach(t -> names.add(Messages.article(t.asString())));
    } else {
      names.add(Messages.article(keyword.asString()));
    }
    return String.join(" or ", names);
  }

  private static String hint(JsonNode keyword, JsonNode value) {
    String wanted = keyword != null && keyword.isString() ? keyword.asString() : "";
    if (wanted.equals("string") && (value.isNumber() || value.isBoolean())) {
      return " (quote it: \"" + value.asString() + "\")";
    }
    boolean yesNo =
        value.isString() && value.stringValue().toLowerCase(Locale.ROOT).matches("yes|no|on|off");
    return wanted.equals("boolean") && yesNo ? " (YAML 1.2 booleans are true and false)" : "";
  }

  private static String list(JsonNode keyword) {
    if (keyword == null || !keyword.isArray()) {
      return "the listed values";
    }
    List<String> values = new ArrayList<>();
    keyword.forEach(v -> values.add(v.asString()));
    return values.stream().collect(Collectors.joining(", "));
  }

  private static String fallback(Error e) {
    String m = String.valueOf(e.getMessage());
    int colon = m.indexOf(": ");
    return colon > 0 && m.startsWith("$") ? m.substring(colon + 2) : m;
  }

  static JsonPath toPath(NodePath p) {
    List<Object> segments = new ArrayList<>();
    for (int i = 0; i < p.getNameCount(); i++) {
      Object e = p.getElement(i);
      segments.add(e instanceof Integer n ? n : String.valueOf(e));
    }
    return new JsonPath(segments);
  }
}
