package org.potctl.schema.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JsonPath is a value, however it was built: extended, from a list, or from names. */
class JsonPathTest {

  @Test
  void pathsBuiltEveryWayAreEqualAndHashLikeTheirSegmentList() {
    JsonPath extended = JsonPath.root().child("pots").child("web").child("ports").index(1);
    JsonPath listed = new JsonPath(List.of("pots", "web", "ports", 1));
    assertEquals(extended, listed);
    assertEquals(listed, extended);
    assertEquals(List.of("pots", "web", "ports", 1).hashCode(), extended.hashCode());
    assertEquals(extended.hashCode(), listed.hashCode());
    assertEquals(List.of("pots", "web", "ports", 1), extended.segments());
    assertEquals(JsonPath.of("pots", "web"), extended.parent().parent());
    assertEquals("pots.web.ports[1]", extended.toString());
  }

  @Test
  void rootsAreEqualHoweverMadeAndTheirOwnParent() {
    JsonPath made = new JsonPath(List.of());
    assertEquals(JsonPath.root(), made);
    assertEquals(made, JsonPath.root());
    assertEquals(JsonPath.root(), JsonPath.of());
    assertEquals(List.of().hashCode(), made.hashCode());
    assertTrue(made.isRoot());
    assertEquals(made, made.parent());
    assertEquals("", made.lastName());
    assertEquals(List.of(), made.segments());
  }

  @Test
  void pathsDifferingAnywhereAreNotEqual() {
    JsonPath a = JsonPath.of("pots", "web", "env");
    assertNotEquals(a, JsonPath.of("pots", "db", "env"));
    assertNotEquals(a, JsonPath.of("pots", "web"));
    assertNotEquals(a, JsonPath.of("pots", "web", "env", "x"));
    assertNotEquals(JsonPath.of("a").index(0), JsonPath.of("a").child("0"));
    assertFalse(a.equals("pots.web.env"));
  }

  @Test
  void pathsKeyAMapByValue() {
    Map<JsonPath, String> index = new HashMap<>();
    index.put(JsonPath.root().child("pots").child("web"), "here");
    assertEquals("here", index.get(new JsonPath(List.of("pots", "web"))));
    assertEquals("here", index.get(JsonPath.of("pots", "web", "ip").parent()));
  }

  @Test
  void oddKeysAreQuotedAndNamesAreLastNames() {
    JsonPath env = JsonPath.of("pots", "web", "env").child("A.B");
    assertEquals("pots.web.env[\"A.B\"]", env.toString());
    assertEquals("A.B", env.lastName());
    assertEquals("", env.index(2).lastName());
  }

  @Test
  void segmentsOtherThanNamesAndIndicesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new JsonPath(List.of("a", 1.5)));
  }
}
