package org.potctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.potctl.schema.bind.AttributeValues;

/**
 * The one attribute allowlist ({@link AttributeValues}) is pot 0.16.1's settable attributes: the
 * pinned list ({@code pot/attributes-0.16.1.txt}, also read by the simulator's cross-check in the
 * state module), and pot's own {@code share/pot/common.sh} when {@code POTCTL_POT_SRC} names pot's
 * source (a NOTICE otherwise; {@code REQUIRE_POT_SRC=1} fails instead).
 */
class PotAttributeListTest {

  static Set<String> pinned() throws Exception {
    Path file =
        Path.of(PotAttributeListTest.class.getResource("/pot/attributes-0.16.1.txt").toURI());
    Set<String> names = new TreeSet<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("#")) {
        names.addAll(Arrays.asList(line.trim().split(" +")));
      }
    }
    return names;
  }

  @Test
  void theAllowlistIsPotsPinnedList() throws Exception {
    assertEquals(pinned(), new TreeSet<>(AttributeValues.names()));
  }

  @Test
  void thePinnedListIsPotsOwnSource() throws Exception {
    String src = System.getenv("POTCTL_POT_SRC");
    if (src == null || src.isBlank()) {
      if ("1".equals(System.getenv("REQUIRE_POT_SRC"))) {
        throw new AssertionError("REQUIRE_POT_SRC=1 but POTCTL_POT_SRC is not set");
      }
      System.out.println("NOTICE: POTCTL_POT_SRC not set; pot's attribute lists not compared");
      return;
    }
    String common = Files.readString(Path.of(src, "share/pot/common.sh"));
    Set<String> fromPot = new TreeSet<>();
    for (String var : new String[] {"_POT_RW_ATTRIBUTES", "_POT_JAIL_RW_ATTRIBUTES"}) {
      Matcher m = Pattern.compile("(?m)^" + var + "=[\"']([^\"']*)[\"']").matcher(common);
      if (!m.find()) {
        throw new AssertionError(var + " not found in " + src + "/share/pot/common.sh");
      }
      fromPot.addAll(Arrays.asList(m.group(1).trim().split(" +")));
    }
    assertEquals(fromPot, pinned());
  }
}
