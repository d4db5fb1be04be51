package org.potctl.state.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.StateException;
import org.potctl.state.files.HostFiles;
import org.potctl.state.statedir.LockHolder;
import org.potctl.state.statedir.LockProcess;

/**
 * The remote state-directory scripts, run by this machine's {@code sh}, refuse a FIFO, socket or
 * device and a hard-linked file as a local state store does ({@code PrivateDirectoriesTest}), in
 * its words: before a replace, an append, the lock, and before a read or a listing.
 */
class SshStateSpecialFilesTest {

  @TempDir Path tmp;

  private Path state;
  private Path outside;

  @BeforeEach
  void layout() throws Exception {
    state = Files.createDirectories(tmp.resolve("state/journal")).getParent();
    outside = Files.writeString(tmp.resolve("outside"), "{\"keep\":true}\n");
  }

  private record Ran(int code, String out, String err) {}

  private static Ran sh(String stdin, String script, String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of("sh", "-c", script));
    argv.addAll(List.of(args));
    Process p = new ProcessBuilder(argv).start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Ran(p.waitFor(), out, err.strip());
  }

  private Ran replace(Path target) throws Exception {
    return sh("{}\n", SshStateStore.REPLACE, "potctl-replace", "_", target.toString());
  }

  private Ran read(String op, Path target) throws Exception {
    return sh(
        "",
        SshStateStore.READ,
        "potctl-state-read",
        state.toString(),
        op,
        target.toString(),
        RemoteFileScript.SCRIPT);
  }

  /** One READ of the files {@code first} and {@code more}: the script after the first target. */
  private Ran readFiles(Path first, Path... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "potctl-state-read",
                state.toString(),
                "f",
                first.toString(),
                RemoteFileScript.SCRIPT));
    for (Path p : more) {
      args.add(p.toString());
    }
    return sh("", SshStateStore.READ, args.toArray(String[]::new));
  }

  private static void mkfifo(Path p) throws Exception {
    assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
  }

  @Test
  void aLinkPlantedAsTheStateDirectoryIsRefusedBeforeARead() throws Exception {
    Files.writeString(state.resolve("inventory.json"), "{\"planted\":true}\n");
    Path linked = Files.createSymbolicLink(tmp.resolve("linked"), state);
    for (String[] op : new String[][] {{"f", "inventory.json"}, {"d", "journal"}}) {
      Ran r =
          sh(
              "",
              SshStateStore.READ,
              "potctl-state-read",
              linked.toString(),
              op[0],
              linked.resolve(op[1]).toString(),
              RemoteFileScript.SCRIPT);
      assertEquals(1, r.code(), r.toString());
      assertEquals(
          linked + " is a symbolic link; potctl never follows links in its private directories",
          r.err());
      assertEquals("", r.out(), "nothing behind the link is sent");
    }
  }

  @Test
  void aHardLinkedFileIsNeitherReplacedNorReadAndItsTargetKeepsItsContent() throws Exception {
    Path inventory = Files.createLink(state.resolve("inventory.json"), outside);
    String refused =
        inventory
            + " has 2 hard links; potctl writes only files of its own in its private directories";
    Ran r = replace(inventory);
    assertEquals(1, r.code(), r.toString());
    assertEquals(refused, r.err());
    Ran read = read("f", inventory);
    assertEquals(1, read.code(), read.toString());
    assertEquals(refused, read.err());
    assertEquals("", read.out(), "nothing of the linked file is sent");
    assertEquals("{\"keep\":true}\n", Files.readString(outside));
    assertEquals(2, Files.getAttribute(outside, "unix:nlink"));
  }

  @Test
  void aFifoIsRefusedBeforeAReplaceAReadAListingAnAppendOrTheLock() throws Exception {
    String refused =
        " is neither a regular file nor a directory; potctl uses only its own files here";
    Path lockJson = state.resolve("lock.json");
    mkfifo(lockJson);
    Ran r = replace(lockJson);
    assertEquals(1, r.code(), r.toString());
    assertEquals(lockJson + refused, r.err());
    Ran read = read("f", lockJson);
    assertEquals(lockJson + refused, read.err());
    Files.delete(lockJson);

    Path journal = state.resolve("journal/20261202T170000Z-abcd.jsonl");
    mkfifo(journal);
    Ran listing = read("d", state.resolve("journal"));
    assertEquals(1, listing.code(), listing.toString());
    assertEquals(journal + refused, listing.err());
    IllegalStateException append =
        assertThrows(
            IllegalStateException.class,
            () ->
                RemoteAppender.open(
                    new ProcessBuilder(
                            RemoteAppender.argv(
                                state.toString(), "journal/" + journal.getFileName()))
                        .start(),
                    "t:journal"));
    assertTrue(append.getMessage().endsWith(journal + refused), append.getMessage());
    Files.delete(journal);

    Path lock = state.resolve("lock");
    mkfifo(lock);
    StateException locked =
        assertThrows(
            StateException.class,
            () ->
                LockProcess.await(
                    new ProcessBuilder(
                            LockProcess.argv(
                                state.toString(),
                                LockHolder.current("potctl apply", Instant.now())))
                        .start(),
                    "t:lock"));
    assertTrue(locked.getMessage().endsWith(lock + refused), locked.getMessage());
  }

  @Test
  void severalFilesAreReadInOneRunAndOneLinkedAmongThemStopsTheWholeRead() throws Exception {
    Path a = Files.writeString(state.resolve("journal/a.jsonl"), "{\"a\":1}\n");
    Path b = Files.writeString(state.resolve("journal/b.jsonl"), "{\"b\":2}\n");
    Path missing = state.resolve("journal/c.jsonl");
    Ran both = readFiles(a, b, missing);
    assertEquals(0, both.code(), both.toString());
    HostFiles files =
        FileSnapshot.parse(both.out().getBytes(StandardCharsets.UTF_8), "t", Optional.empty());
    assertEquals(Optional.of("{\"a\":1}\n"), files.read(a.toString()));
    assertEquals(Optional.of("{\"b\":2}\n"), files.read(b.toString()));
    assertEquals(Optional.empty(), files.read(missing.toString()));

    Path linked = Files.createLink(state.resolve("journal/d.jsonl"), outside);
    Ran refused = readFiles(a, linked);
    assertEquals(1, refused.code(), refused.toString());
    assertTrue(refused.err().startsWith(linked + " has 2 hard links"), refused.err());
    assertEquals("", refused.out(), "nothing is sent, the good file neither");
  }

  @Test
  void ownFilesAreReadAndListedAsBefore() throws Exception {
    Files.writeString(state.resolve("inventory.json"), "{\"a\":1}\n");
    Files.writeString(state.resolve("journal/x.jsonl"), "{}\n");
    Ran read = read("f", state.resolve("inventory.json"));
    assertEquals(0, read.code(), read.toString());
    FileSnapshot f =
        FileSnapshot.parse(read.out().getBytes(StandardCharsets.UTF_8), "test", Optional.empty());
    assertEquals(Optional.of("{\"a\":1}\n"), f.read(state.resolve("inventory.json").toString()));
    Ran all = read("d", state.resolve("journal"));
    FileSnapshot d =
        FileSnapshot.parse(all.out().getBytes(StandardCharsets.UTF_8), "test", Optional.empty());
    assertEquals(List.of("x.jsonl"), d.list(state.resolve("journal").toString()));
    Ran missing = read("f", state.resolve("nope.json"));
    assertEquals(0, missing.code(), missing.toString());
  }
}
