package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.statedir.Inventory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A spec id in use on the host before potctl recorded origins (stamped datasets, an inventory entry
 * without an origin) is claimed by the next apply, and the claim says so: a warning in text and in
 * the JSON diagnostics naming the spec id and the origin recorded.
 */
class PreOriginSpecIdTest {

  private static final String WARNING =
      "spec id 'app' is in use on this host but has no recorded origin";

  @TempDir Path dir;

  private Run potctl(String... args) {
    return Potctl.onSim(dir.resolve("sim")).run(args);
  }

  private Inventory inventory() {
    return new Inventory(dir.resolve("sim/state"));
  }

  /** The inventory as a potctl from before origins wrote it; pot.web keeps its stamp. */
  private void forgetOrigins() throws IOException {
    Path file = dir.resolve("sim/state/inventory.json");
    String before = Files.readString(file);
    String after = before.replaceAll("\"origin\" : \"[^\"]*\",?\\s*", "");
    assertFalse(after.equals(before), before);
    Files.writeString(file, after);
    assertEquals(Optional.empty(), inventory().origin("app"));
  }

  private static JsonNode warning(String json) {
    for (JsonNode d : JsonMapper.builder().build().readTree(json).path("diagnostics")) {
      if (d.path("message").asString().startsWith(WARNING)) {
        return d;
      }
    }
    throw new AssertionError("no warning '" + WARNING + "' in " + json);
  }

  @Test
  void theFirstApplyAfterOriginsClaimsTheIdAndSaysSo() throws IOException {
    Path spec = Files.createDirectories(dir.resolve("specs/app"));
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n");
    spec = spec.toRealPath();
    Run fresh = potctl("apply", "--yes", spec.toString());
    assertEquals(0, fresh.code(), fresh.all());
    assertFalse(fresh.all().contains("no recorded origin"), "a new id is no pre-origin claim");
    forgetOrigins();

    Run plan = potctl("plan", spec.toString());
    assertEquals(0, plan.code(), plan.all());
    assertTrue(plan.err().contains("warning"), plan.err());
    assertTrue(plan.err().contains(WARNING), plan.err());
    assertTrue(plan.err().contains("applying records " + spec + " as its origin"), plan.err());
    assertEquals(Optional.empty(), inventory().origin("app"), "plan records nothing");

    Run apply = potctl("apply", "--yes", "-o", "json", spec.toString());
    assertEquals(0, apply.code(), apply.all());
    JsonNode w = warning(apply.out());
    assertEquals("warning", w.path("severity").asString(), w.toString());
    assertTrue(w.path("message").asString().contains(spec.toString()), w.toString());
    assertEquals(Optional.of(spec.toString()), inventory().origin("app"));

    Run after = potctl("plan", spec.toString());
    assertEquals(0, after.code(), after.all());
    assertFalse(after.all().contains("no recorded origin"), "claimed once: " + after.err());
  }
}
