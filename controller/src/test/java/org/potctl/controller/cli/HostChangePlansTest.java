package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Run;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.JournalReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * adopt, forget, restore and gc are plans of their own (issue 13 item 1): shown before anything
 * runs, confirmed, journalled, {@code --dry-run} without the lock, {@code -o json} as one document.
 */
class HostChangePlansTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String POT =
      "version: 1\npots:\n  raw:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";

  @TempDir Path sim;

  @TempDir Path work;

  private SimCli cli;
  private String dir;

  @BeforeEach
  void unownedPot() throws IOException {
    Path spec = Files.createDirectories(work.resolve("spec"));
    Files.writeString(spec.resolve("spec.yaml"), POT);
    dir = spec.toString();
    cli = new SimCli(sim);
    cli.raw("pot", "create", "-p", "raw", "-b", "14.1", "-t", "single", "-N", "public-bridge");
  }

  private List<ApplyJournal> journals() {
    JournalReader reader = new JournalReader(sim.resolve("state"));
    return reader.applyIds().stream().map(reader::read).toList();
  }

  @Test
  void adoptShowsItsPlanWithNumberedStepsBeforeItRunsThem() {
    Run r = cli.expect(0, "adopt", dir, "pot.raw", "--yes");
    String out = r.out();
    assertTrue(out.contains("~ pot.raw  update"), out);
    assertTrue(out.contains("+ potctl:owner = \"spec\""), out);
    assertTrue(out.contains("Steps:\n  1  zfs set potctl:owner=spec zroot/pot/jails/raw"), out);
    assertTrue(out.indexOf("Steps:") < out.indexOf("[1/2] pot.raw: zfs set"), out);
    assertTrue(out.contains("Apply complete"), out);
  }

  @Test
  void withoutYesOffATerminalNothingIsStampedAndItIsRefused() {
    int logged = cli.log().size();
    Run r = cli.expect(3, "adopt", dir, "pot.raw");
    assertTrue(r.err().contains("not on a terminal and --yes not given"), r.err());
    assertTrue(r.out().contains("zfs set potctl:owner=spec"), "the plan is shown: " + r.out());
    assertEquals(List.of(), cli.mutationsSince(logged));
    assertEquals(List.of(), journals(), "a refused change leaves no journal");
  }

  @Test
  void aDryRunChangesNothingAndNeedsNoLock() throws Exception {
    int logged = cli.log().size();
    try (HostLock.Held held =
        new HostLock(sim.resolve("state")).acquire("potctl apply other", Duration.ZERO)) {
      Run r = cli.expect(0, "adopt", dir, "pot.raw", "--dry-run");
      assertTrue(r.out().contains("1  zfs set potctl:owner=spec"), r.out());
      assertTrue(r.out().contains("Dry run: nothing was changed."), r.out());
      Run locked = cli.expect(3, "adopt", dir, "pot.raw", "--yes");
      assertTrue(locked.err().contains("potctl apply other"), locked.err());
      assertFalse(locked.out().contains("Steps:"), "no plan without the lock: " + locked.out());
      assertTrue(held.holder().command().contains("other"));
    }
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void eachChangeIsJournalledAsAnApplyWithoutASpecId() {
    cli.expect(0, "adopt", dir, "pot.raw", "--yes");
    cli.expect(0, "forget", dir, "pot.raw", "--yes");
    List<ApplyJournal> journals = journals();
    assertEquals(2, journals.size(), journals.toString());
    for (ApplyJournal j : journals) {
      assertTrue(j.succeeded(), j.toString());
      assertTrue(j.specId().isEmpty(), "never the last successful apply of a spec: " + j);
      assertEquals(
          j.startedSteps().size(),
          j.records().stream().filter(x -> x.event().wireName().equals("step_finished")).count());
    }
    // both ran in one second: apply ids of one second sort by their random suffix, not by time
    assertTrue(
        journals.stream()
            .anyMatch(j -> j.startedSteps().get(0).argv().contains("potctl:owner=spec")),
        journals.toString());
  }

  @Test
  void jsonIsOneDocumentWithThePlanTheReportAndDiagnostics() {
    Run r = cli.expect(0, "adopt", dir, "pot.raw", "--yes", "-o", "json");
    DocumentSchemas.assertValid("host-change", r.out());
    JsonNode doc = JSON.readTree(r.out());
    assertEquals(1, doc.get("format_version").asInt());
    assertEquals("adopt", doc.get("command").asString());
    assertEquals("applied", doc.get("outcome").asString());
    assertEquals("pot.raw", doc.at("/plan/changes/0/address").asString());
    assertEquals("zfs", doc.at("/plan/steps/0/argv/0").asString());
    assertEquals("applied", doc.at("/report/outcome").asString());
    assertEquals(0, doc.get("diagnostics").size());
    assertTrue(r.err().contains("Steps:"), "the text plan goes to stderr: " + r.err());

    Run refused = cli.expect(3, "forget", "--spec-id", "other", "pot.raw", "-o", "json");
    DocumentSchemas.assertValid("host-change", refused.out());
    JsonNode no = JSON.readTree(refused.out());
    assertEquals(List.of("diagnostics", "format_version"), sorted(no), "refused before a plan");
    assertTrue(
        no.at("/diagnostics/0/message").asString().contains("belongs to spec 'spec'"),
        refused.out());
  }

  @Test
  void gcAndRestoreArePlansToo() {
    cli.expect(0, "adopt", dir, "pot.raw", "--yes");
    cli.raw("zfs", "create", "-o", "mountpoint=none", "zroot/pot/potctl-trash");
    cli.raw("zfs", "create", "zroot/pot/potctl-trash/fscomp-old-20200101T000000Z-aaaa");
    Run restore = cli.expect(0, "restore", "fscomp.old", "--dry-run", "-o", "json");
    DocumentSchemas.assertValid("host-change", restore.out());
    JsonNode plan = JSON.readTree(restore.out());
    assertEquals("dry_run", plan.get("outcome").asString());
    assertEquals("create", plan.at("/plan/changes/0/action").asString());
    assertEquals(2, plan.at("/plan/steps").size());

    Run gc = cli.expect(0, "gc", "--older-than", "7d", "--dry-run");
    assertTrue(gc.out().contains("- fscomp.old  delete (risk: data-loss)"), gc.out());
    assertTrue(gc.out().contains("1  zfs destroy -r zroot/pot/potctl-trash/fscomp-old-"), gc.out());
    int logged = cli.log().size();
    cli.expect(3, "gc", "--older-than", "7d");
    assertEquals(List.of(), cli.mutationsSince(logged));
    Run list = cli.expect(0, "restore", "--list", "-o", "json");
    DocumentSchemas.assertValid("trash", list.out());
    Run purge = cli.expect(0, "gc", "--older-than", "7d", "--yes", "-o", "json");
    DocumentSchemas.assertValid("host-change", purge.out());
    assertEquals("applied", JSON.readTree(purge.out()).at("/report/outcome").asString());
  }

  private static List<String> sorted(JsonNode doc) {
    return doc.propertyNames().stream().sorted().toList();
  }
}
