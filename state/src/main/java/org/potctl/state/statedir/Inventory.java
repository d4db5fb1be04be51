package org.potctl.state.statedir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * {@code STATE_DIR/inventory.json}: the bridges and flavours potctl created, per spec id (ZFS
 * datasets carry their owner as a user property instead). Every change rewrites the file atomically
 * (temp file + rename). Changes within one JVM are serialised; across processes the caller holds
 * the {@link HostLock}. Format:
 *
 * <pre>{@code
 * {"format_version": 1,
 *  "specs": {"prod": {"bridges": ["backend"], "flavours": ["nginx"]}}}
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
  private static final Map<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path file;

  /** The inventory of {@code stateDir}. */
  public Inventory(Path stateDir) {
    this.file = stateDir.toAbsolutePath().normalize().resolve("inventory.json");
  }

  /** The inventory file. */
  public Path file() {
    return file;
  }

  /** Records that spec {@code specId} created {@code name} (idempotent). */
  public void record(String specId, Kind kind, String name) {
    update(
        all ->
            all.computeIfAbsent(specId, k -> new TreeMap<>())
                .computeIfAbsent(kind, k -> new TreeSet<>())
                .add(name));
  }

  /** Forgets {@code name} of spec {@code specId} (idempotent). */
  public void remove(String specId, Kind kind, String name) {
    update(
        all -> {
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
    return new InventorySnapshot(read());
  }

  /** Everything recorded: spec id → kind → names. */
  public SortedMap<String, SortedMap<Kind, SortedSet<String>>> read() {
    if (!Files.exists(file)) {
      return new TreeMap<>();
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    try {
      return parse(text);
    } catch (RuntimeException e) {
      throw new StateException(file + ": malformed inventory: " + e.getMessage(), e);
    }
  }

  private interface Change {
    void apply(SortedMap<String, SortedMap<Kind, SortedSet<String>>> all);
  }

  private void update(Change change) {
    synchronized (JVM_LOCKS.computeIfAbsent(file, k -> new Object())) {
      SortedMap<String, SortedMap<Kind, SortedSet<String>>> all = read();
      change.apply(all);
      AtomicWrite.replace(file, render(all));
    }
  }

  private static SortedMap<String, SortedMap<Kind, SortedSet<String>>> parse(String text) {
    JsonNode root = JSON.readTree(text);
    if (root.path("format_version").asInt() != 1) {
      throw new IllegalArgumentException("format_version is not 1");
    }
    SortedMap<String, SortedMap<Kind, SortedSet<String>>> all = new TreeMap<>();
    for (Map.Entry<String, JsonNode> spec : root.required("specs").properties()) {
      SortedMap<Kind, SortedSet<String>> kinds = new TreeMap<>();
      for (Kind kind : Kind.values()) {
        JsonNode names = spec.getValue().path(kind.key());
        if (names.isArray() && !names.isEmpty()) {
          SortedSet<String> set = new TreeSet<>();
          names.valueStream().forEach(n -> set.add(n.asString()));
          kinds.put(kind, set);
        }
      }
      all.put(spec.getKey(), kinds);
    }
    return all;
  }

  private static String render(SortedMap<String, SortedMap<Kind, SortedSet<String>>> all) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format_version", 1);
    ObjectNode specs = root.putObject("specs");
    all.forEach(
        (specId, kinds) -> {
          ObjectNode spec = specs.putObject(specId);
          kinds.forEach(
              (kind, names) -> {
                ArrayNode a = spec.putArray(kind.key());
                names.forEach(a::add);
              });
        });
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
