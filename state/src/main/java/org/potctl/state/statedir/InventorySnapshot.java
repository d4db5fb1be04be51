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
 * What {@link Inventory} held when it was read: spec id → kind → names. A value the pure planner
 * can take, read once before planning.
 *
 * @param specs every recorded name, per spec id and kind
 */
public record InventorySnapshot(SortedMap<String, SortedMap<Kind, SortedSet<String>>> specs) {

  /** An inventory that records nothing. */
  public static final InventorySnapshot EMPTY = new InventorySnapshot(new TreeMap<>());

  public InventorySnapshot {
    Objects.requireNonNull(specs, "specs");
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
}
