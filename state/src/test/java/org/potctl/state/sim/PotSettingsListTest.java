package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The simulator emulates pot's attribute lists ({@link PotAttributes}): they must be pot 0.16.1's,
 * the pinned list the schema's allowlist is also checked against (schema's PotAttributeListTest,
 * which compares it with pot's source).
 */
class PotSettingsListTest {

  @Test
  void theSimulatorsAttributesArePotsPinnedList() throws Exception {
    Path pinned = Path.of("../schema/src/test/resources/pot/attributes-0.16.1.txt");
    Set<String> expected = new TreeSet<>();
    for (String line : Files.readAllLines(pinned)) {
      if (!line.startsWith("#")) {
        expected.addAll(Arrays.asList(line.trim().split(" +")));
      }
    }
    Set<String> sim = new TreeSet<>();
    PotAttributes.ALL.stream().filter(a -> !a.readOnly()).forEach(a -> sim.add(a.name()));
    assertEquals(expected, sim);
  }
}
