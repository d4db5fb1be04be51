package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.json.JsonMapper;

/**
 * A saved plan keeps the apply id it was made with (its trash names are in its argv), so the id's
 * timestamp is the plan's time, not the apply's. How long an entry has been in the trash is judged
 * from when the apply that trashed it ran (its journal), so {@code gc --older-than 7d} never
 * destroys what an apply of a week-old saved plan trashed a moment ago, and {@code restore} takes
 * the entry trashed last.
 */
class SavedPlanTrashAgeTest {

  private static final DateTimeFormatter ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private static final String BOTH =
      "version: 1\npots:\n  www:\n    base: \"14.1\"\n  other:\n    base: \"14.1\"\n";
  private static final String OTHER = "version: 1\npots:\n  other:\n    base: \"14.1\"\n";

  @TempDir Path dir;

  private SimCli cli;
  private Path spec;

  private void write(String potfile) throws IOException {
    Files.writeString(spec.resolve("potfile.yaml"), potfile);
  }

  /**
   * {@code plan --out} of the spec without www, with its apply id (in {@code apply_id} and in the
   * trash names of its argv) moved {@code age} into the past: the plan an operator saved then.
   */
  private Path planMade(Duration age) throws IOException {
    write(OTHER);
    Path file = dir.resolve("plan.json");
    cli.expect(0, "plan", spec.toString(), "--out", file.toString());
    String json = Files.readString(file);
    String id = JsonMapper.builder().build().readTree(json).get("apply_id").asString();
    String then = ID.format(Instant.now().minus(age)) + id.substring(id.indexOf('Z') + 1);
    Files.writeString(file, json.replace(id, then));
    return file;
  }

  @Test
  void gcKeepsWhatAWeekOldSavedPlanTrashedJustNow() throws IOException {
    cli = new SimCli(dir.resolve("sim"));
    spec = Files.createDirectories(dir.resolve("spec"));
    write(BOTH);
    cli.expect(0, "apply", "--yes", spec.toString());
    Path plan = planMade(Duration.ofDays(8));
    cli.expect(0, "apply", plan.toString(), "--yes", "--allow-data-loss");
    Run gc = cli.expect(0, "gc", "--older-than", "7d", "--dry-run");
    assertTrue(gc.out().contains("Nothing in the trash is older than 7d"), gc.all());
    Run listed = cli.expect(0, "restore", "--list");
    String planned = DAY.format(Instant.now().minus(Duration.ofDays(8)));
    assertFalse(listed.out().contains(planned + " "), "trashed now, not then: " + listed.out());
    Run json = cli.expect(0, "restore", "--list", "-o", "json");
    assertFalse(json.out().contains("\"trashed\" : \"" + planned), json.out());
  }

  @Test
  void restoreTakesTheEntryTrashedLastThoughItsPlanIsOlder() throws IOException {
    cli = new SimCli(dir.resolve("sim"));
    spec = Files.createDirectories(dir.resolve("spec"));
    write(BOTH);
    cli.expect(0, "apply", "--yes", spec.toString());
    write(OTHER);
    cli.expect(0, "apply", "--yes", "--allow-data-loss", spec.toString());
    write(BOTH);
    cli.expect(0, "apply", "--yes", spec.toString());
    Path plan = planMade(Duration.ofDays(1));
    String id =
        JsonMapper.builder().build().readTree(Files.readString(plan)).get("apply_id").asString();
    cli.expect(0, "apply", plan.toString(), "--yes", "--allow-data-loss");
    Run r = cli.expect(0, "restore", "pot.www", "--dry-run");
    assertTrue(r.out().contains("pot-www-" + id + " zroot/pot/jails/www"), r.all());
    Run listed = cli.expect(0, "restore", "--list");
    assertTrue(listed.out().lines().skip(1).findFirst().orElse("").contains(id), listed.out());
  }
}
