package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CycleRuleTest {

  @TempDir Path dir;

  @Test
  void cycleIsOneErrorNamingMembersFromTheFirstName() {
    String spec =
        """
        version: 1
        pots:
          web: {base: "14.1", depends_on: [app]}
          db: {base: "14.1", depends_on: [web]}
          app: {base: "14.1", depends_on: [db]}
        """;
    assertEquals(
        List.of(
            "p.yaml:5:35: error: pots.app.depends_on: dependency cycle: app -> db -> web -> app"),
        new Fixture(dir).file("p.yaml", spec).lines());
  }

  @Test
  void eachIndependentCycleIsItsOwnError() {
    String spec =
        """
        version: 1
        pots:
          a: {base: "14.1", depends_on: [b]}
          b: {base: "14.1", depends_on: [a]}
          c: {base: "14.1", depends_on: [d]}
          d: {base: "14.1", depends_on: [c, a]}
        """;
    assertEquals(
        List.of(
            "p.yaml:3:33: error: pots.a.depends_on: dependency cycle: a -> b -> a",
            "p.yaml:5:33: error: pots.c.depends_on: dependency cycle: c -> d -> c"),
        new Fixture(dir).file("p.yaml", spec).lines());
  }

  @Test
  void longChainWithoutCycleIsValid() {
    StringBuilder spec = new StringBuilder("version: 1\npots:\n");
    for (int i = 0; i < 2000; i++) {
      spec.append("  p")
          .append(i)
          .append(": {base: \"14.1\"")
          .append(i > 0 ? ", depends_on: [p" + (i - 1) + "]" : "")
          .append("}\n");
    }
    assertEquals(List.of(), new Fixture(dir).file("p.yaml", spec.toString()).lines());
  }
}
