package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalReader;

class GcCommandTest {

  @TempDir Path sim;

  private SimCli cli;

  private static final String TRASH = "zroot/pot/potctl-trash/";
  private static final String OLD = TRASH + "fscomp-old-20200101T000000Z-aaaa";
  private String fresh;

  @BeforeEach
  void trash() {
    cli = new SimCli(sim);
    String now =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());
    fresh = TRASH + "pot-new-" + now + "-bbbb";
    cli.raw("zfs", "create", "-o", "mountpoint=none", "zroot/pot/potctl-trash");
    cli.raw("zfs", "create", OLD);
    cli.raw("zfs", "create", fresh);
    cli.raw("zfs", "create", TRASH + "fscomp-odd-manual");
  }

  @Test
  void theJournalOfAGcNamesTheSpecIdsOfTheEntriesItDestroyedAndNoSpecId() {
    cli.raw("zfs", "set", "potctl:owner=shop", OLD);
    cli.raw("zfs", "set", "potctl:owner=blog", fresh);
    cli.expect(0, "gc", "--older-than", "7d", "--yes");
    JournalReader reader = new JournalReader(sim.resolve("state"));
    ApplyJournal gc = reader.read(reader.applyIds().getLast());
    assertTrue(gc.succeeded(), gc.toString());
    assertEquals(List.of("shop"), gc.touchedSpecIds(), "the destroyed entry's owner only");
    assertTrue(gc.specId().isEmpty(), "never a spec's last successful apply: " + gc);
  }

  @Test
  void onlyEntriesOlderThanTheDurationAreDestroyed() {
    Run r = cli.expect(0, "gc", "--older-than", "7d", "--yes");
    assertTrue(r.out().contains("1 of 3 trash entries are older than 7d"), r.out());
    assertTrue(r.err().contains("kept " + TRASH + "fscomp-odd-manual"), r.err());
    assertEquals(List.of("zfs destroy -r " + OLD), cli.mutationsSince(0).subList(4, 5));
    assertEquals(5, cli.mutationsSince(0).size(), cli.mutationsSince(0).toString());
    String left = cli.expect(0, "restore", "--list").out();
    assertFalse(left.contains("fscomp.old"), left);
    assertTrue(left.contains("pot.new"), left);
    assertTrue(left.contains("fscomp.odd"), left);

    Run nothing = cli.expect(0, "gc", "--older-than", "7d");
    assertTrue(nothing.out().contains("Nothing in the trash is older than 7d"), nothing.out());
  }

  @Test
  void dryRunDestroysNothing() {
    int logged = cli.log().size();
    Run r = cli.expect(0, "gc", "--older-than", "1h", "--dry-run");
    assertTrue(r.out().contains(OLD), r.out());
    assertFalse(r.out().contains(fresh), r.out());
    assertTrue(r.out().contains("Dry run: nothing was changed."), r.out());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void offATerminalItNeedsYes() {
    int logged = cli.log().size();
    Run r = cli.expect(3, "gc", "--older-than", "7d");
    assertTrue(r.err().contains("--yes"), r.err());
    assertEquals(List.of(), cli.mutationsSince(logged));
  }

  @Test
  void usageErrors() {
    cli.expect(64, "gc");
    cli.expect(64, "gc", "--older-than", "7 days");
    cli.expect(64, "gc", "--older-than", "0d", "--yes");
    assertEquals(4, cli.mutationsSince(0).size());
  }
}
