package org.potctl.schema.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path into a Potfile tree, printed as {@code pots.web.ports[1]}. Segments are property names
 * ({@link String}) or array indices ({@link Integer}). A value: equal segments, equal paths. Its
 * hash is computed once, as paths key the source index of every node.
 */
public final class JsonPath {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final JsonPath ROOT = new JsonPath(List.of());

  private final List<Object> segments;
  private final int hash;

  /** Copies the segments; each must be a String or an Integer. */
  public JsonPath(List<Object> segments) {
    this.segments = List.copyOf(segments);
    for (Object s : this.segments) {
      if (!(s instanceof String) && !(s instanceof Integer)) {
        throw new IllegalArgumentException("segment must be a String or Integer: " + s);
      }
    }
    this.hash = this.segments.hashCode();
  }

  /** The segments from the root. */
  public List<Object> segments() {
    return segments;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof JsonPath p && p.hash == hash && p.segments.equals(segments));
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
    return new JsonPath(List.of((Object[]) names));
  }

  /** This path extended by property {@code name}. */
  public JsonPath child(String name) {
    return append(name);
  }

  /** This path extended by array index {@code index}. */
  public JsonPath index(int index) {
    return append(index);
  }

  /** The parent path; the root is its own parent. */
  public JsonPath parent() {
    return segments.isEmpty() ? this : new JsonPath(segments.subList(0, segments.size() - 1));
  }

  /** Whether this is the root. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** The last segment as a property name, or empty text if it is an index or the root. */
  public String lastName() {
    return !segments.isEmpty() && segments.getLast() instanceof String s ? s : "";
  }

  private JsonPath append(Object segment) {
    List<Object> next = new ArrayList<>(segments);
    next.add(segment);
    return new JsonPath(next);
  }

  /** {@code pots.web.ports[1]}; odd keys are quoted: {@code env["A.B"]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Integer i) {
        out.append('[').append(i).append(']');
      } else if (PLAIN_KEY.matcher((String) s).matches()) {
        out.append(out.isEmpty() ? "" : ".").append(s);
      } else {
        out.append('[').append(Text.quote((String) s)).append(']');
      }
    }
    return out.toString();
  }
}
