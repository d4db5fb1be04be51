package org.potctl.schema.yaml;

import java.util.List;

/**
 * A path into a Potfile tree, printed as {@code pots.web.ports[1]}. Segments are property names
 * ({@link String}) or array indices ({@link Integer}). A value: equal segments, equal paths.
 *
 * <p>A path is its parent plus one segment, so extending one (done for every node of every Potfile,
 * as paths key the source index) costs one object, not a copy of the segments; its hash, that of
 * the segment list, is computed once.
 */
public final class JsonPath {

  private static final JsonPath ROOT = new JsonPath(null, null);

  /** Null for the root. */
  private final JsonPath parent;

  /** Null for the root. */
  private final Object segment;

  private final int size;
  private final int hash;

  private JsonPath(JsonPath parent, Object segment) {
    this.parent = parent;
    this.segment = segment;
    this.size = parent == null ? 0 : parent.size + 1;
    // List.hashCode's formula, so a path hashes like its segment list
    this.hash = parent == null ? 1 : 31 * parent.hash + segment.hashCode();
  }

  /** A path of {@code segments}; each must be a String or an Integer. */
  public JsonPath(List<Object> segments) {
    this(of(segments));
  }

  private JsonPath(JsonPath copy) {
    this(copy.parent, copy.segment);
  }

  private static JsonPath of(List<Object> segments) {
    JsonPath path = ROOT;
    for (Object s : segments) {
      if (!(s instanceof String) && !(s instanceof Integer)) {
        throw new IllegalArgumentException("segment must be a String or Integer: " + s);
      }
      path = new JsonPath(path, s);
    }
    return path;
  }

  /** The segments from the root. */
  public List<Object> segments() {
    Object[] out = new Object[size];
    for (JsonPath p = this; p.parent != null; p = p.parent) {
      out[p.size - 1] = p.segment;
    }
    return List.of(out);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonPath other) || other.hash != hash || other.size != size) {
      return false;
    }
    for (JsonPath a = this, b = other; a != b && a.parent != null; a = a.parent, b = b.parent) {
      if (!a.segment.equals(b.segment)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The root of a document. */
  public static JsonPath root() {
    return ROOT;
  }

  /** A path from property names only. */
  public static JsonPath of(String... names) {
    return of(List.of((Object[]) names));
  }

  /** This path extended by property {@code name}. */
  public JsonPath child(String name) {
    return new JsonPath(this, java.util.Objects.requireNonNull(name));
  }

  /** This path extended by array index {@code index}. */
  public JsonPath index(int index) {
    return new JsonPath(this, index);
  }

  /** The parent path; the root is its own parent. */
  public JsonPath parent() {
    return parent == null ? this : parent;
  }

  /** Whether this is the root. */
  public boolean isRoot() {
    return parent == null;
  }

  /** The last segment as a property name, or empty text if it is an index or the root. */
  public String lastName() {
    return segment instanceof String s ? s : "";
  }

  /** {@code pots.web.ports[1]}; odd keys are quoted: {@code env["A.B"]}. */
  @Override
  public String toString() {
    Object[] parts = new Object[size];
    for (JsonPath p = this; p.parent != null; p = p.parent) {
      parts[p.size - 1] = p.segment;
    }
    StringBuilder out = new StringBuilder(16 * size);
    for (Object s : parts) {
      if (s instanceof Integer i) {
        out.append('[').append(i).append(']');
      } else if (plain((String) s)) {
        out.append(out.isEmpty() ? "" : ".").append(s);
      } else {
        out.append('[').append(Text.quote((String) s)).append(']');
      }
    }
    return out.toString();
  }

  /** Whether {@code key} is 1 to 64 of {@code A-Z a-z 0-9 _ -} (shown without quotes). */
  private static boolean plain(String key) {
    if (key.isEmpty() || key.length() > 64) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
