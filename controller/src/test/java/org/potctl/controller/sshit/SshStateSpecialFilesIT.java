package org.potctl.controller.sshit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

/**
 * Over a real sshd on loopback, the remote state directory refuses a FIFO and a hard-linked file as
 * the local one does, in the same words: a FIFO planted as {@code lock} is an error naming it (it
 * would block the lock's open for good), a hard link planted as {@code inventory.json} is neither
 * read nor replaced, and its target keeps its content; a file planted as {@code journal} is an
 * error naming it, never "no journals".
 */
class SshStateSpecialFilesIT {

  @TempDir Path dir;

  private static final String SPEC =
      """
      version: 1
      pots:
        web:
          base: "14.1"
      """;

  @Test
  void aFifoAsTheLockOrAHardLinkedInventoryIsRefusedByNameOverSsh() throws Exception {
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("potfile.yaml"), SPEC);
    Path outside = Files.writeString(dir.resolve("outside.json"), "{\"keep\":true}\n");
    try (SimBehindSsh host = SimBehindSsh.start(dir.resolve("h"))) {
      Path state = Files.createDirectories(host.stateDir());
      Path lock = state.resolve("lock");
      assertEquals(0, new ProcessBuilder("mkfifo", lock.toString()).start().waitFor());
      Run apply = Potctl.bare("apply", spec.toString(), "--yes", "--host", host.host());
      assertEquals(1, apply.code(), apply.toString());
      assertTrue(
          apply
              .err()
              .contains(
                  lock
                      + " is neither a regular file nor a directory; potctl uses only its own"
                      + " files here"),
          apply.err());
      assertFalse(apply.err().contains("Exception"), apply.err());
      Files.delete(lock);

      Path inventory = Files.createLink(state.resolve("inventory.json"), outside);
      Run plan = Potctl.bare("plan", spec.toString(), "--host", host.host());
      assertEquals(1, plan.code(), plan.toString());
      assertTrue(
          plan.err()
              .contains(
                  inventory
                      + " has 2 hard links; potctl writes only files of its own in its private"
                      + " directories"),
          plan.err());
      assertFalse(plan.err().contains("keep"), plan.err());
      assertEquals("{\"keep\":true}\n", Files.readString(outside));
      Path log = host.simDir.resolve("commands.log");
      String ran = Files.exists(log) ? Files.readString(log) : "";
      assertFalse(ran.contains("pot create"), ran);
    }
  }

  @Test
  void aFileAsTheJournalDirectoryIsAnErrorOverSshNotNoJournals() throws Exception {
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("potfile.yaml"), SPEC);
    try (SimBehindSsh host = SimBehindSsh.start(dir.resolve("h"))) {
      Path state = Files.createDirectories(host.stateDir());
      Path journal = Files.writeString(state.resolve("journal"), "");
      String error =
          journal + " is not a directory: potctl keeps files in it, and would take it for empty";
      Run plan = Potctl.bare("plan", spec.toString(), "--host", host.host());
      assertEquals(1, plan.code(), plan.toString());
      assertTrue(plan.err().contains("error: journal: cannot read the journals in "), plan.err());
      assertTrue(plan.err().contains(error), plan.err());
      Run apply = Potctl.bare("apply", spec.toString(), "--yes", "--host", host.host());
      assertEquals(1, apply.code(), apply.toString());
      assertTrue(apply.err().contains(error), apply.err());
      assertFalse(apply.err().contains("Exception"), apply.err());
      Path log = host.simDir.resolve("commands.log");
      String ran = Files.exists(log) ? Files.readString(log) : "";
      assertFalse(ran.contains("pot create"), ran);
      assertEquals("", Files.readString(journal));
    }
  }

  @Test
  void aLinkPlantedAsTheStateDirectoryOrItsJournalIsRefusedByNameOverSsh() throws Exception {
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("potfile.yaml"), SPEC);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/journal")).getParent();
    Files.writeString(elsewhere.resolve("inventory.json"), "{\"planted\":true}\n");
    try (SimBehindSsh host = SimBehindSsh.start(dir.resolve("h"))) {
      Path state = host.stateDir();
      Files.createDirectories(state.getParent());
      Files.deleteIfExists(state);
      Files.createSymbolicLink(state, elsewhere);
      for (String command : new String[] {"plan", "status", "apply"}) {
        Run r =
            command.equals("apply")
                ? Potctl.bare(command, spec.toString(), "--yes", "--host", host.host())
                : Potctl.bare(command, spec.toString(), "--host", host.host());
        assertEquals(1, r.code(), command + ": " + r);
        assertTrue(r.err().contains(state + " is a symbolic link"), command + ": " + r.err());
        assertFalse(r.err().contains("planted") || r.err().contains("Exception"), r.err());
      }
      Files.delete(state);
      Files.createDirectories(state);
      Files.createSymbolicLink(state.resolve("journal"), elsewhere.resolve("journal"));
      Run plan = Potctl.bare("plan", spec.toString(), "--host", host.host());
      assertEquals(1, plan.code(), plan.toString());
      assertTrue(plan.err().contains(state.resolve("journal") + " is a symbolic link"), plan.err());
      try (var left = Files.list(elsewhere.resolve("journal"))) {
        assertEquals(0, left.count(), "nothing written through the link");
      }
      Path log = host.simDir.resolve("commands.log");
      String ran = Files.exists(log) ? Files.readString(log) : "";
      assertFalse(ran.contains("pot create"), ran);
    }
  }
}
