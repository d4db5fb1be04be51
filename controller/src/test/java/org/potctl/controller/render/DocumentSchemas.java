package org.potctl.controller.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas of docs/schemas/, for tests that check a real {@code -o json} output against its
 * document's schema: {@code DocumentSchemas.assertValid("plan", out)}.
 */
public final class DocumentSchemas {

  /** The {@code $id} prefix of every schema; resolved to docs/schemas/ of this checkout. */
  public static final String ID_PREFIX = "https://potctl.org/schema/";

  private static final Path DIR = repoRoot().resolve("docs/schemas");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12, b -> b.schemas(DocumentSchemas::read));

  private DocumentSchemas() {}

  /** The schema files, e.g. {@code plan.schema.json}. */
  public static Path dir() {
    return DIR;
  }

  /** The errors of {@code json} against docs/schemas/{@code name}.schema.json (empty if valid). */
  public static List<Error> errors(String name, String json) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + name + ".schema.json"));
    return schema.validate(parse(json));
  }

  /**
   * Checks that {@code out} is exactly one JSON document, with {@code format_version} 1 and a
   * {@code diagnostics} array, valid against its schema; returns it.
   */
  public static JsonNode assertValid(String name, String out) {
    JsonNode doc = parse(out);
    assertEquals(1, doc.path("format_version").asInt(), "format_version of " + out);
    assertTrue(doc.path("diagnostics").isArray(), "diagnostics array in " + out);
    List<Error> errors = errors(name, out);
    assertTrue(errors.isEmpty(), name + ".schema.json: " + errors + "\n" + out);
    return doc;
  }

  private static Path repoRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("mvnw")) ? here : here.getParent();
  }

  private static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  private static String read(String iri) {
    if (!iri.startsWith(ID_PREFIX)) {
      return null;
    }
    try {
      return Files.readString(DIR.resolve(iri.substring(ID_PREFIX.length())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
