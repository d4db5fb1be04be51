package org.potctl.state.statedir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/** The state and simulator directories: 0700/0600 under umask 000, and no link ever followed. */
class PrivateDirectoriesTest {

  @TempDir Path tmp;

  @Test
  void underUmask000DirectoriesAre0700AndFiles0600() throws Exception {
    Path state = tmp.resolve("db/potctl");
    Path sim = tmp.resolve("sim");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            "sh",
            "-c",
            "umask 000; exec \"$0\" -cp \"$1\" \"$2\" \"$3\" \"$4\"",
            java,
            System.getProperty("java.class.path"),
            UmaskMain.class.getName(),
            state.toString(),
            sim.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("done"), out);
    // the control: under umask 000 a plain file is created 0666
    Path control = tmp.resolve("control");
    Process c = new ProcessBuilder("sh", "-c", "umask 000; : > \"$0\"", control.toString()).start();
    assertEquals(0, c.waitFor());
    assertEquals("rw-rw-rw-", mode(control));
    List<Path> checked = new ArrayList<>();
    for (Path root : List.of(tmp.resolve("db"), state, sim)) {
      assertEquals("rwx------", mode(root), root.toString());
    }
    for (Path root : List.of(state, sim)) {
      try (Stream<Path> all = Files.walk(root)) {
        for (Path f : all.toList()) {
          if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            assertEquals("rw-------", mode(f), f.toString());
            checked.add(f);
          } else if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
            assertEquals("rwx------", mode(f), f.toString());
          }
        }
      }
    }
    for (String name : List.of("lock", "journal/1.jsonl", "inventory.json")) {
      assertTrue(checked.contains(state.resolve(name)), checked.toString());
    }
    for (String name : List.of("commands.log", "model.json", ".model.lock")) {
      assertTrue(checked.contains(sim.resolve(name)), checked.toString());
    }
  }

  @Test
  void aDanglingLockLinkIsNeverFollowedAndItsTargetNeverCreated() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("state"));
    Path target = tmp.resolve("etc-passwd-like");
    Files.createSymbolicLink(state.resolve("lock"), target);
    HostLock lock = new HostLock(state);
    StateException e =
        assertThrows(StateException.class, () -> lock.acquire("apply", Duration.ZERO));
    assertTrue(
        e.getMessage().contains(state.resolve("lock") + " is a symbolic link"), e.getMessage());
    assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aLinkPlantedAsTheStateDirectoryIsRefusedByReadsAndListingsToo() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("elsewhere/journal")).getParent();
    Files.writeString(real.resolve("inventory.json"), "{\"planted\":true}\n");
    Path state = Files.createSymbolicLink(tmp.resolve("state"), real);
    StateStore store = StateStore.local(state);
    assertRefused(state, () -> store.read("inventory.json"));
    assertRefused(state, () -> store.list("journal"));
    assertRefused(state, () -> store.readAll("journal"));
  }

  @Test
  void aFilePlantedAsTheJournalDirectoryIsAnErrorNotAnEmptyListing() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("state"));
    Files.writeString(state.resolve("journal"), "");
    StateStore store = StateStore.local(state);
    for (Runnable listing :
        List.<Runnable>of(() -> store.list("journal"), () -> store.readAll("journal"))) {
      StateException e = assertThrows(StateException.class, listing::run);
      assertEquals(
          state.resolve("journal")
              + " is not a directory: potctl keeps files in it, and would take it for empty",
          e.getMessage());
    }
    assertEquals(List.of(), store.list("trash-notes"), "an absent directory is empty");
  }

  @Test
  void aLinkPlantedAsJournalOrItsFilesOrInventoryIsRefusedAndItsTargetUntouched() throws Exception {
    Path victim = Files.writeString(tmp.resolve("victim"), "keep\n");
    Path victimDir = Files.createDirectories(tmp.resolve("victim-dir"));
    Path state = Files.createDirectories(tmp.resolve("state"));
    StateStore store = StateStore.local(state);
    Files.createSymbolicLink(state.resolve("inventory.json"), victim);
    assertRefused(state.resolve("inventory.json"), () -> store.replace("inventory.json", "{}"));
    assertRefused(state.resolve("inventory.json"), () -> store.read("inventory.json"));
    Files.createSymbolicLink(state.resolve("journal"), victimDir);
    assertRefused(state.resolve("journal"), () -> store.create("journal/1.jsonl"));
    assertRefused(state.resolve("journal"), () -> store.list("journal"));
    Files.delete(state.resolve("journal"));
    Files.createDirectories(state.resolve("journal"));
    Files.createSymbolicLink(state.resolve("journal/2.jsonl"), victim);
    assertRefused(state.resolve("journal/2.jsonl"), () -> store.create("journal/2.jsonl"));
    assertRefused(state.resolve("journal/2.jsonl"), () -> store.list("journal"));
    assertEquals("keep\n", Files.readString(victim));
    try (Stream<Path> files = Files.list(victimDir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void aLinkPlantedInTheSimulatorsDirectoryIsRefusedAndItsTargetUntouched() throws Exception {
    Path victim = Files.writeString(tmp.resolve("victim"), "keep\n");
    for (String name : List.of("commands.log", "model.json")) {
      Path sim = Files.createDirectories(tmp.resolve("sim-" + name));
      Files.createSymbolicLink(sim.resolve(name), victim);
      SimulatedHost host = new SimulatedHost(SimOptions.of(sim));
      StateException e =
          assertThrows(
              StateException.class, () -> host.run(Command.of("pot", "create-fscomp", "-f", "d")));
      assertTrue(
          e.getMessage().startsWith(sim.resolve(name) + " is a symbolic link"), e.getMessage());
    }
    Path sim = Files.createDirectories(tmp.resolve("sim-fsroot"));
    Files.createSymbolicLink(sim.resolve("fsroot"), Files.createDirectories(tmp.resolve("host")));
    SimulatedHost host = new SimulatedHost(SimOptions.of(sim));
    StateException e = assertThrows(StateException.class, () -> host.run(Command.of("pot", "ls")));
    assertTrue(
        e.getMessage().startsWith(sim.resolve("fsroot") + " is a symbolic link"), e.getMessage());
    assertEquals("keep\n", Files.readString(victim));
    try (Stream<Path> files = Files.list(tmp.resolve("host"))) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void anOpenStateDirectoryIsTightenedAndOpenFilesMade0600() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("state"));
    Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path lock = Files.writeString(state.resolve("lock"), "");
    Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-rw-rw-"));
    try (HostLock.Held held = new HostLock(state).acquire("apply", Duration.ZERO)) {
      assertEquals("apply", held.holder().command());
      assertEquals("rwx------", mode(state));
      assertEquals("rw-------", mode(lock));
      assertEquals("rw-------", mode(state.resolve("lock.json")));
    }
  }

  @Test
  void anEntryOwnedByAnotherUserIsAnErrorNamingIt() throws Exception {
    if (PrivateFiles.uid() != 0) {
      notRoot("the other-owner case needs chown");
      return;
    }
    Path state = Files.createDirectories(tmp.resolve("state"));
    Path inventory = Files.writeString(state.resolve("inventory.json"), "{}");
    Files.setAttribute(inventory, "unix:uid", 65534);
    StateStore store = StateStore.local(state);
    StateException e = assertThrows(StateException.class, () -> store.read("inventory.json"));
    assertEquals(
        inventory + " is owned by uid 65534, not by uid 0 who runs potctl", e.getMessage());
    assertThrows(StateException.class, () -> store.replace("inventory.json", "{\"x\":1}"));
    assertEquals("{}", Files.readString(inventory));
  }

  @Test
  void aFifoOrAHardLinkInTheStateOrSimulatorDirectoryIsAnErrorNamingIt() throws Exception {
    Path victim = Files.writeString(tmp.resolve("victim"), "keep\n");
    Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-r--r--"));
    Path state = Files.createDirectories(tmp.resolve("state"));
    Files.createLink(state.resolve("lock"), victim);
    StateException e =
        assertThrows(
            StateException.class, () -> new HostLock(state).acquire("apply", Duration.ZERO));
    assertEquals(
        state.resolve("lock")
            + " has 2 hard links; potctl writes only files of its own in its private directories",
        e.getMessage());
    Files.delete(state.resolve("lock"));
    mkfifo(state.resolve("inventory.json"));
    StateStore store = StateStore.local(state);
    // a FIFO would block the open for good: refused before it
    e = assertThrows(StateException.class, () -> store.read("inventory.json"));
    assertTrue(
        e.getMessage().startsWith(state.resolve("inventory.json") + " is neither a regular file"),
        e.getMessage());
    for (String name : List.of("commands.log", "model.json")) {
      Path sim = Files.createDirectories(tmp.resolve("sim-" + name));
      Files.createLink(sim.resolve(name), victim);
      SimulatedHost host = new SimulatedHost(SimOptions.of(sim));
      e =
          assertThrows(
              StateException.class, () -> host.run(Command.of("pot", "create-fscomp", "-f", "d")));
      assertTrue(
          e.getMessage().startsWith(sim.resolve(name) + " has 2 hard links"), e.getMessage());
      Files.delete(sim.resolve(name));
    }
    assertEquals("keep\n", Files.readString(victim));
    assertEquals("rw-r--r--", mode(victim));
  }

  @Test
  void anEntryOfTheSimulatorsDirectoryOwnedByAnotherUserIsAnErrorNamingIt() throws Exception {
    if (PrivateFiles.uid() != 0) {
      notRoot("the other-owner case needs chown");
      return;
    }
    Path sim = Files.createDirectories(tmp.resolve("sim"));
    new SimulatedHost(SimOptions.of(sim)).run(Command.of("pot", "create-fscomp", "-f", "d"));
    Path model = sim.resolve("model.json");
    Files.setAttribute(model, "unix:uid", 65534);
    SimulatedHost host = new SimulatedHost(SimOptions.of(sim));
    StateException e =
        assertThrows(
            StateException.class, () -> host.run(Command.of("pot", "create-fscomp", "-f", "e")));
    assertEquals(model + " is owned by uid 65534, not by uid 0 who runs potctl", e.getMessage());
  }

  private static void notRoot(String what) {
    if (System.getenv("REQUIRE_ROOT") != null) {
      throw new AssertionError("REQUIRE_ROOT is set but the tests do not run as root: " + what);
    }
    System.out.println("NOTICE: not root: " + what + "; not run");
  }

  private static void mkfifo(Path p) throws Exception {
    assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
  }

  private static void assertRefused(Path named, Runnable action) {
    StateException e = assertThrows(StateException.class, action::run);
    assertTrue(e.getMessage().startsWith(named + " is a symbolic link"), e.getMessage());
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }
}
