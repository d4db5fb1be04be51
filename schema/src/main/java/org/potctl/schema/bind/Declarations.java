package org.potctl.schema.bind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.diag.Diagnostics;
import org.potctl.schema.yaml.JsonPath;
import org.potctl.schema.yaml.PotfileDocument;
import tools.jackson.databind.JsonNode;

/**
 * Every resource declared across the Potfiles of a spec, merged. The first declaration of a name
 * (in file order) wins; later ones are reported as duplicates naming both places.
 *
 * @param documents the parsed Potfiles, sorted by relative path
 * @param byKind the winning declarations of each kind, by name
 */
public record Declarations(
    List<PotfileDocument> documents, Map<ResourceKind, SortedMap<String, Declared>> byKind) {

  private static final Map<String, ResourceKind> SECTIONS =
      Map.of(
          Fields.POTS, ResourceKind.POT,
          Fields.FSCOMPS, ResourceKind.FSCOMP,
          Fields.BRIDGES, ResourceKind.BRIDGE,
          Fields.FLAVOURS, ResourceKind.FLAVOUR);

  /** Copies everything. */
  public Declarations {
    documents = List.copyOf(documents);
    Map<ResourceKind, SortedMap<String, Declared>> copy = new LinkedHashMap<>();
    byKind.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
    byKind = Map.copyOf(copy);
  }

  /** Collects the declarations of {@code documents}, reporting duplicate names to {@code out}. */
  public static Declarations collect(List<PotfileDocument> documents, Diagnostics.Builder out) {
    Map<ResourceKind, SortedMap<String, Declared>> byKind = new LinkedHashMap<>();
    for (ResourceKind kind : ResourceKind.values()) {
      byKind.put(kind, new TreeMap<>());
    }
    for (PotfileDocument doc : documents) {
      SECTIONS.forEach((section, kind) -> collect(doc, section, kind, byKind.get(kind), out));
    }
    return new Declarations(documents, byKind);
  }

  private static void collect(
      PotfileDocument doc,
      String section,
      ResourceKind kind,
      Map<String, Declared> into,
      Diagnostics.Builder out) {
    JsonNode map = doc.root().path(section);
    if (!map.isObject()) {
      return;
    }
    List<String> names = new ArrayList<>(map.propertyNames());
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      JsonPath path = JsonPath.of(section, name);
      Declared d = new Declared(new ResourceAddress(kind, name), doc, path, map.path(name));
      Declared first = into.putIfAbsent(name, d);
      if (first != null) {
        out.add(
            Diagnostic.error(
                path.toString(),
                kind.prefix() + " " + name + " is already defined at " + first.keyLocation(),
                d.keyLocation(),
                first.keyLocation()));
      }
    }
  }

  /** The declarations of {@code kind}, by name. */
  public SortedMap<String, Declared> of(ResourceKind kind) {
    return byKind.getOrDefault(kind, Collections.emptySortedMap());
  }

  /** The pots, by name. */
  public SortedMap<String, Declared> pots() {
    return of(ResourceKind.POT);
  }
}
