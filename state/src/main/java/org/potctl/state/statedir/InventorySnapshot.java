package org.potctl.state.statedir;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.potctl.state.statedir.Inventory.Kind;

/**
 * What {@link Inventory} held when it was read: spec id → kind → names, and spec id → origin. A
 * value the pure planner can take, read once before planning.
 *
 * @param specs every recorded name, per spec id and kind
 * @param origins the recorded origin of each spec id (canonical directory, or repository URL +
 *     path)
 */
public record InventorySnapshot(
    SortedMap<String, SortedMap<Kind, SortedSet<String>>> specs,
    SortedMap<String, String> origins) {

  /** An inventory that records nothing. */
  public static final InventorySnapshot EMPTY = new InventorySnapshot(new TreeMap<>());

  /** A snapshot that records no origins. */
  public InventorySnapshot(SortedMap<String, SortedMap<Kind, SortedSet<String>>> specs) {
    this(specs, new TreeMap<>());
  }

  public InventorySnapshot {
    Objects.requireNonNull(specs, "specs");
    origins = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(origins));
    SortedMap<String, SortedMap<Kind, SortedSet<String>>> copy = new TreeMap<>();
    specs.forEach(
        (spec, kinds) -> {
          SortedMap<Kind, SortedSet<String>> k = new TreeMap<>();
          kinds.forEach((kind, names) -> k.put(kind, new TreeSet<>(names)));
          copy.put(spec, k);
        });
    specs = copy;
  }

  /** The spec id that recorded {@code name} of {@code kind}, if any. */
  public Optional<String> owner(Kind kind, String name) {
    for (Map.Entry<String, SortedMap<Kind, SortedSet<String>>> e : specs.entrySet()) {
      if (e.getValue().getOrDefault(kind, new TreeSet<>()).contains(name)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The names of {@code kind} recorded for {@code specId}, sorted. */
  public SortedSet<String> names(String specId, Kind kind) {
    return new TreeSet<>(
        specs.getOrDefault(specId, new TreeMap<>()).getOrDefault(kind, new TreeSet<>()));
  }

  /** The recorded origin of spec id {@code specId}, if any. */
  public Optional<String> origin(String specId) {
    return Optional.ofNullable(origins.get(specId));
  }

  /** Every spec id the inventory knows (with names or an origin), sorted. */
  public SortedSet<String> specIds() {
    SortedSet<String> ids = new TreeSet<>(specs.keySet());
    ids.addAll(origins.keySet());
    return ids;
  }
}
