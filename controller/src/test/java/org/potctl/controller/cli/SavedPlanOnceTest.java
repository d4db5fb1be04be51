package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * A saved plan is applied once: its apply id names the journal of that apply. A second apply of the
 * same file (after a first one failed without changing the host, so a fresh plan is still
 * identical) is refused for safety, naming that journal, instead of failing on the journal that
 * exists already.
 */
class SavedPlanOnceTest extends SavedWebPlanCase {

  @Test
  void aSecondApplyOfTheSameSavedPlanIsRefusedNamingItsJournal() {
    Run failed =
        Potctl.bare(
            "--host", "sim:" + sim + "?fail=create-fscomp", "apply", planFile.toString(), "--yes");
    assertEquals(1, failed.code(), failed.all());
    int logged = cli.log().size();
    Run again = cli.potctl("apply", planFile.toString(), "--yes");
    assertEquals(3, again.code(), again.all());
    assertTrue(again.err().contains("has been applied already"), again.err());
    assertTrue(again.err().contains("state/journal/"), again.err());
    assertEquals(List.of(), cli.mutationsSince(logged), "nothing ran");
    cli.expect(0, "plan", spec.toString(), "--out", planFile.toString());
    cli.expect(0, "apply", planFile.toString(), "--yes");
  }
}
