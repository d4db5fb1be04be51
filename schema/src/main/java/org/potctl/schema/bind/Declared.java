package org.potctl.schema.bind;

import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.diag.SourceLocation;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.PotfileDocument;
import tools.jackson.databind.JsonNode;

/**
 * One resource as declared in a Potfile, before binding.
 *
 * @param address the resource's address
 * @param doc the Potfile declaring it
 * @param path its path in that file, e.g. {@code pots.web}
 * @param body its mapping (or whatever the file holds there)
 */
public record Declared(ResourceAddress address, PotfileDocument doc, JsonPath path, JsonNode body) {

  /** The name. */
  public String name() {
    return address.name();
  }

  /** Where the name (the mapping key) is. */
  public SourceLocation keyLocation() {
    return doc.index().locateKey(path);
  }

  /** The path of a field below this resource, e.g. {@code at("network", "ip")}. */
  public JsonPath at(String... fields) {
    JsonPath p = path;
    for (String f : fields) {
      p = p.child(f);
    }
    return p;
  }

  /** Where the node at {@code sub} starts (or its nearest ancestor). */
  public SourceLocation locate(JsonPath sub) {
    return doc.index().locate(sub);
  }

  /** The node at {@code sub} (absolute path within the file), or a missing node. */
  public JsonNode node(JsonPath sub) {
    return doc.at(sub);
  }

  /** The field {@code name} of the body, or a missing node. */
  public JsonNode field(String name) {
    return body.path(name);
  }
}
