package org.potctl.controller.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.statedir.Journal;
import org.potctl.state.statedir.JournalReader;

class InterruptionsTest {

  @TempDir Path dir;

  @Test
  void theKindsOfTheStepsDecideNotTheirArgv() {
    InstantSource clock = InstantSource.system();
    try (Journal j = Journal.start(dir, "a-2", "potctl apply", Optional.of("k"), clock)) {
      j.stepStarted(1, "pot.web", "create-pot", List.of("/usr/local/bin/pot", "create", "-p", "w"));
      j.stepStarted(2, "pot.cfg", "configure", List.of("pot", "create", "-p", "cfg"));
      j.stepStarted(3, "fscomp.logs", "trash-unmount", List.of("zfs", "set", "x"));
      j.stepStarted(4, "fscomp.old", "trash-unmount", List.of("zfs", "set", "y"));
      j.stepFinished(4, "fscomp.old", Duration.ZERO);
      j.stepStarted(5, "fscomp.old", "trash-rename", List.of("zfs", "rename", "a", "b"));
      j.stepFinished(5, "fscomp.old", Duration.ZERO);
      j.stepStarted(6, "fscomp.new", "restore-rename", List.of("zfs", "rename", "b", "a"));
      j.stepStarted(7, "pot.odd", "no-such-kind", List.of("pot", "create", "-p", "odd"));
    }
    Interruptions i = Interruptions.from(new JournalReader(dir).unsuccessfulSince("k", 50));
    assertEquals(List.of("pot.web"), List.copyOf(i.creates().keySet()));
    assertTrue(i.trashMove("fscomp.logs").isPresent());
    assertTrue(i.trashMove("fscomp.old").isEmpty(), "its trash rename finished");
    assertEquals(1, i.trashMoves().size());
  }

  /** Journals written before steps had kinds: their argv is read as those versions ran it. */
  @Test
  void createsAndStoppedTrashMovesAreEvidenceFinishedRenamesAreNot() {
    InstantSource clock = InstantSource.system();
    try (Journal j = Journal.start(dir, "a-1", "potctl apply", Optional.of("s"), clock)) {
      j.stepStarted(1, "pot.old", List.of("zfs", "set", "mountpoint=none", "zroot/pot/jails/old"));
      j.stepFinished(1, "pot.old", Duration.ZERO);
      j.stepStarted(2, "pot.old", List.of("zfs", "rename", "zroot/pot/jails/old", "t"));
      j.stepFinished(2, "pot.old", Duration.ZERO);
      j.stepStarted(3, "fscomp.logs", List.of("zfs", "set", "mountpoint=none", "zroot/x/logs"));
      j.stepFinished(3, "fscomp.logs", Duration.ZERO);
      j.stepStarted(4, "fscomp.data", List.of("pot", "create-fscomp", "-f", "data"));
      j.stepFinished(4, "fscomp.data", Duration.ZERO);
      j.stepStarted(5, "pot.web", List.of("pot", "create", "-p", "web"));
    }
    Interruptions i = Interruptions.from(new JournalReader(dir).unsuccessfulSince("s", 50));
    assertTrue(i.created("fscomp.data").orElseThrow().finished());
    assertFalse(i.created("pot.web").orElseThrow().finished());
    assertEquals("a-1", i.created("pot.web").orElseThrow().applyId());
    assertTrue(i.trashMove("fscomp.logs").isPresent());
    assertTrue(i.trashMove("pot.old").isEmpty(), "its rename finished");
    assertTrue(i.created("pot.old").isEmpty());
    assertTrue(
        Interruptions.from(new JournalReader(dir).unsuccessfulSince("t", 50)).creates().isEmpty());
  }
}
