package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.potctl.schema.bind.AttributeValues;
import org.potctl.schema.bind.ZfsPropertyValues;
import org.potctl.schema.validate.PotfileSchema;
import tools.jackson.databind.JsonNode;

class SchemaDocumentTest {

  private final JsonNode defs = PotfileSchema.get().tree().path("$defs");

  @Test
  void schemaDeclaresDraft202012() {
    assertEquals(
        "https://json-schema.org/draft/2020-12/schema",
        PotfileSchema.get().tree().path("$schema").asString());
  }

  @Test
  void schemaAttributesMatchTheAttributesTheBinderNormalises() {
    Set<String> inSchema =
        new TreeSet<>(
            defs.path("pot")
                .path("properties")
                .path("attributes")
                .path("properties")
                .propertyNames());
    assertEquals(new TreeSet<>(AttributeValues.names()), inSchema);
  }

  @Test
  void schemaZfsPropertiesMatchTheAllowlist() {
    Set<String> inSchema =
        new TreeSet<>(
            defs.path("fscomp")
                .path("properties")
                .path("properties")
                .path("properties")
                .propertyNames());
    assertEquals(new TreeSet<>(ZfsPropertyValues.names()), inSchema);
  }

  @Test
  void everyPotFieldHasADescriptionForEditors() {
    JsonNode pot = defs.path("pot").path("properties");
    for (String field : pot.propertyNames()) {
      JsonNode node = pot.path(field);
      JsonNode resolved =
          node.has("$ref")
              ? defs.path(node.path("$ref").asString().substring("#/$defs/".length()))
              : node;
      assertEquals(true, resolved.has("description"), "pots.*." + field + " has no description");
    }
  }
}
