package org.potctl.schema.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Potfile v1 JSON Schema, loaded once from the classpath. */
public final class PotfileSchema {

  /** The classpath resource holding the schema. */
  public static final String RESOURCE = "/org/potctl/schema/potfile-v1.schema.json";

  private static final PotfileSchema INSTANCE = load();

  private final JsonNode tree;
  private final Schema schema;

  private PotfileSchema(JsonNode tree, Schema schema) {
    this.tree = tree;
    this.schema = schema;
  }

  /** The shared instance. */
  public static PotfileSchema get() {
    return INSTANCE;
  }

  /** The schema document itself. */
  public JsonNode tree() {
    return tree;
  }

  List<Error> validate(JsonNode instance) {
    return schema.validate(instance);
  }

  /** The schema node at {@code fragment} (a location inside this document), following one $ref. */
  Optional<JsonNode> nodeAt(NodePath fragment) {
    JsonNode node = tree;
    for (int i = 0; i < fragment.getNameCount(); i++) {
      Object e = fragment.getElement(i);
      node = e instanceof Integer n ? node.path(n) : node.path(String.valueOf(e));
    }
    return node.isMissingNode() ? Optional.empty() : Optional.of(deref(node));
  }

  JsonNode deref(JsonNode node) {
    JsonNode ref = node.path("$ref");
    if (!ref.isString() || !ref.stringValue().startsWith("#/")) {
      return node;
    }
    JsonNode target = tree;
    for (String part : ref.stringValue().substring(2).split("/")) {
      target = target.path(part);
    }
    return target;
  }

  /** The property names a schema object allows, sorted. */
  List<String> knownKeys(JsonNode schemaObject) {
    List<String> keys = new ArrayList<>(deref(schemaObject).path("properties").propertyNames());
    keys.sort(null);
    return keys;
  }

  private static PotfileSchema load() {
    try (InputStream in = PotfileSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      JsonNode tree = JsonMapper.builder().build().readTree(in);
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree);
      // every $ref resolved now, not lazily during a validation: Potfiles are checked in parallel
      schema.initializeValidators();
      return new PotfileSchema(tree, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
