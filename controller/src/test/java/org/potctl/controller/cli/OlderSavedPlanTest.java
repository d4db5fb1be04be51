package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan saved by an older potctl (changes without {@code reason_codes}, steps without {@code
 * kind}) is refused with exit 1 like a malformed one, but the message says what it is and how to
 * make it again; nothing runs.
 */
class OlderSavedPlanTest extends SavedWebPlanCase {

  /** Removes {@code field} from every entry of {@code list}, as an older potctl wrote it. */
  private void olden(String list, String field) throws IOException {
    rewrite(
        plan -> {
          assertTrue(plan.get(list).size() > 1, "the example plan has several " + list);
          plan.get(list).values().forEach(e -> ((ObjectNode) e).remove(field));
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"changes:reason_codes", "steps:kind"})
  void anOlderPlanIsRefusedAsOlderAndToBeMadeAgain(String what) throws IOException {
    String[] listField = what.split(":");
    olden(listField[0], listField[1]);
    int logged = cli.log().size();
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(1, r.code(), r.all());
    assertTrue(r.err().contains(planFile + " is not a usable plan"), r.err());
    assertTrue(r.err().contains("written by an older potctl"), r.err());
    assertTrue(r.err().contains("have no '" + listField[1] + "'"), r.err());
    assertTrue(
        r.err().contains("make the plan again with 'potctl plan " + spec.toRealPath() + " --out"),
        r.err());
    assertFalse(r.err().contains("malformed"), r.err());
    assertEquals(List.of(), cli.mutationsSince(logged), "nothing ran");
  }

  @Test
  void bothMissingAreNamedAndJsonCarriesTheMessage() throws IOException {
    olden("changes", "reason_codes");
    olden("steps", "kind");
    Run r = cli.potctl("apply", planFile.toString(), "--yes", "-o", "json");
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err()
            .contains(
                "(its changes have no 'reason_codes', its steps have no 'kind'); this potctl does"
                    + " not run it"),
        r.err());
    JsonNode doc = DocumentSchemas.assertValid("diagnostics", r.out());
    assertTrue(doc.toString().contains("written by an older potctl"), doc.toString());
  }

  @Test
  void oneEntryWithoutItsFieldIsMalformedNotOlder() throws IOException {
    rewrite(plan -> ((ObjectNode) plan.get("steps").get(0)).remove("kind"));
    Run r = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(1, r.code(), r.all());
    assertTrue(r.err().contains("malformed plan: missing field 'kind'"), r.err());
  }
}
