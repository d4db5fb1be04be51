package org.potctl.state.statedir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.potctl.state.StateException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code STATE_DIR/inventory.json}: per spec id, the spec's origin (its canonical directory, or
 * repository URL + path for {@code watch}: which spec the id belongs to) and the bridges and
 * flavours potctl created (ZFS datasets carry their owner as a user property instead), in the
 * {@link StateStore} of the host (local, or remote over SSH). Every change rewrites the file
 * atomically (temp file + rename). Changes within one JVM are serialised; across processes the
 * caller holds the {@link HostLock}. Format:
 *
 * <pre>{@code
 * {"format_version": 1,
 *  "specs": {"prod": {"origin": "/srv/specs/prod", "bridges": ["backend"], "flavours": ["nginx"]}}}
 * }</pre>
 */
public final class Inventory {

  /** What the inventory records. */
  public enum Kind {
    BRIDGE,
    FLAVOUR;

    String key() {
      return name().toLowerCase(Locale.ROOT) + "s";
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, Object> JVM_LOCKS = new ConcurrentHashMap<>();
  private static final String NAME = "inventory.json";
  private static final String ORIGIN = "origin";

  private final StateStore store;

  /** The inventory of {@code stateDir} on this machine. */
  public Inventory(Path stateDir) {
    this(StateStore.local(stateDir));
  }

  /** The inventory of the state directory {@code store} reaches. */
  public Inventory(StateStore store) {
    this.store = java.util.Objects.requireNonNull(store, "store");
  }

  /** The inventory file, on this machine; for a remote one use {@link #location()}. */
  public Path file() {
    if (store instanceof LocalStateStore local) {
      return local.dir().resolve(NAME);
    }
    throw new UnsupportedOperationException(location() + " is not on this machine");
  }

  /** The inventory file in messages, e.g. {@code /var/db/potctl/inventory.json}. */
  public String location() {
    return store.location() + "/" + NAME;
  }

  /** Records that spec {@code specId} created {@code name} (idempotent). */
  public void record(String specId, Kind kind, String name) {
    update(
        (all, origins) ->
            all.computeIfAbsent(specId, k -> new TreeMap<>())
                .computeIfAbsent(kind, k -> new TreeSet<>())
                .add(name));
  }

  /**
   * Records {@code origin} as the origin of spec id {@code specId}, replacing any other (the caller
   * has checked that this is no accidental takeover).
   */
  public void claim(String specId, String origin) {
    update((all, origins) -> origins.put(specId, origin));
  }

  /** The recorded origin of spec id {@code specId}, if any. */
  public Optional<String> origin(String specId) {
    return Optional.ofNullable(snapshot().origins().get(specId));
  }

  /** Forgets {@code name} of spec {@code specId} (idempotent). */
  public void remove(String specId, Kind kind, String name) {
    update(
        (all, origins) -> {
          SortedMap<Kind, SortedSet<String>> spec = all.get(specId);
          if (spec != null && spec.containsKey(kind)) {
            spec.get(kind).remove(name);
            spec.values().removeIf(SortedSet::isEmpty);
            if (spec.isEmpty()) {
              all.remove(specId);
            }
          }
        });
  }

  /** The names of {@code kind} that spec {@code specId} created, sorted. */
  public SortedSet<String> list(String specId, Kind kind) {
    return new TreeSet<>(
        read().getOrDefault(specId, new TreeMap<>()).getOrDefault(kind, new TreeSet<>()));
  }

  /** The spec id that created {@code name}, if any. */
  public Optional<String> owner(Kind kind, String name) {
    return read().entrySet().stream()
        .filter(e -> e.getValue().getOrDefault(kind, new TreeSet<>()).contains(name))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Everything recorded, as a value for the planner. */
  public InventorySnapshot snapshot() {
    Optional<String> text = store.read(NAME);
    if (text.isEmpty()) {
      return InventorySnapshot.EMPTY;
    }
    try {
      return parse(text.get());
    } catch (RuntimeException e) {
      throw new StateException(location() + ": malformed inventory: " + e.getMessage(), e);
    }
  }

  /** Everything recorded: spec id → kind → names. */
  public SortedMap<String, SortedMap<Kind, SortedSet<String>>> read() {
    return snapshot().specs();
  }

  private interface Change {
    void apply(
        SortedMap<String, SortedMap<Kind, SortedSet<String>>> all,
        SortedMap<String, String> origins);
  }

  private void update(Change change) {
    synchronized (JVM_LOCKS.computeIfAbsent(location(), k -> new Object())) {
      InventorySnapshot read = snapshot();
      InventorySnapshot now = new InventorySnapshot(read.specs(), read.origins()); // a private copy
      SortedMap<String, SortedMap<Kind, SortedSet<String>>> all = now.specs();
      SortedMap<String, String> origins = new TreeMap<>(now.origins());
      change.apply(all, origins);
      store.replace(NAME, render(all, origins));
    }
  }

  private static InventorySnapshot parse(String text) {
    JsonNode root = JSON.readTree(text);
    if (root.path("format_version").asInt() != 1) {
      throw new IllegalArgumentException("format_version is not 1");
    }
    SortedMap<String, SortedMap<Kind, SortedSet<String>>> all = new TreeMap<>();
    SortedMap<String, String> origins = new TreeMap<>();
    for (Map.Entry<String, JsonNode> spec : root.required("specs").properties()) {
      JsonNode origin = spec.getValue().path(ORIGIN);
      if (origin.isString()) {
        origins.put(spec.getKey(), origin.asString());
      }
      SortedMap<Kind, SortedSet<String>> kinds = new TreeMap<>();
      for (Kind kind : Kind.values()) {
        JsonNode names = spec.getValue().path(kind.key());
        if (names.isArray() && !names.isEmpty()) {
          SortedSet<String> set = new TreeSet<>();
          names.valueStream().forEach(n -> set.add(n.asString()));
          kinds.put(kind, set);
        }
      }
      if (!kinds.isEmpty()) {
        all.put(spec.getKey(), kinds);
      }
    }
    return new InventorySnapshot(all, origins);
  }

  private static String render(
      SortedMap<String, SortedMap<Kind, SortedSet<String>>> all,
      SortedMap<String, String> origins) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format_version", 1);
    ObjectNode specs = root.putObject("specs");
    SortedSet<String> ids = new TreeSet<>(all.keySet());
    ids.addAll(origins.keySet());
    ids.forEach(
        specId -> {
          ObjectNode spec = specs.putObject(specId);
          if (origins.containsKey(specId)) {
            spec.put(ORIGIN, origins.get(specId));
          }
          all.getOrDefault(specId, new TreeMap<>())
              .forEach(
                  (kind, names) -> {
                    ArrayNode a = spec.putArray(kind.key());
                    names.forEach(a::add);
                  });
        });
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
