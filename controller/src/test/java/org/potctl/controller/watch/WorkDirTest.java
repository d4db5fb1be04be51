package org.potctl.controller.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.StateException;
import org.potctl.state.statedir.PrivateFiles;

/**
 * The watcher's work directory ({@code --work-dir}) gets the state directory's treatment: made
 * {@code 0700} (its {@code checkouts} and {@code cache} too), a symbolic link, a FIFO or another
 * user's directory in its place refused by name, and no link in it followed.
 */
class WorkDirTest {

  @TempDir Path tmp;

  private Path spec() throws Exception {
    Path spec = Files.createDirectories(tmp.resolve("spec"));
    Files.writeString(spec.resolve("pots.yaml"), "version: 1\n");
    return spec;
  }

  @Test
  void theWorkDirectoryAndItsCheckoutsAreMadePrivate() throws Exception {
    Path work = tmp.resolve("a/b/work");
    Files.createDirectories(tmp.resolve("a"));
    Files.setPosixFilePermissions(tmp.resolve("a"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Revision r = new DirectorySource(spec(), work).fetch();
    assertEquals("rwx------", mode(work));
    assertEquals("rwx------", mode(tmp.resolve("a/b")));
    assertEquals("rwx------", mode(work.resolve("checkouts")));
    assertTrue(r.root().startsWith(work.resolve("checkouts")), r.root().toString());
    Path open = Files.createDirectories(tmp.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
    new DirectorySource(spec(), open);
    assertEquals("rwx------", mode(open));
  }

  @Test
  void aSymlinkOrFifoAsTheWorkDirectoryIsRefusedByNameAndItsTargetUntouched() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path link = Files.createSymbolicLink(tmp.resolve("work"), elsewhere);
    StateException e = assertThrows(StateException.class, () -> new DirectorySource(spec(), link));
    assertEquals(
        link + " is a symbolic link; potctl never follows links in its private directories",
        e.getMessage());
    assertThrows(
        StateException.class,
        () ->
            new GitSource(
                tmp.resolve("repo").toString(), Optional.empty(), Optional.empty(), link));
    assertFalse(Files.exists(elsewhere.resolve("checkouts")));
    assertFalse(Files.exists(elsewhere.resolve("cache")));

    Path fifo = tmp.resolve("fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    StateException f = assertThrows(StateException.class, () -> new DirectorySource(spec(), fifo));
    assertEquals(
        fifo + " is neither a regular file nor a directory; potctl uses only its own files here",
        f.getMessage());
  }

  @Test
  void aLinkPlantedAsCheckoutsOrCacheAfterTheStartIsAFetchErrorNamingIt() throws Exception {
    Path work = tmp.resolve("work");
    DirectorySource dir = new DirectorySource(spec(), work);
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.delete(work.resolve("checkouts"));
    Files.createSymbolicLink(work.resolve("checkouts"), elsewhere);
    SourceException e = assertThrows(SourceException.class, dir::fetch);
    assertTrue(
        e.getMessage().contains(work.resolve("checkouts") + " is a symbolic link"), e.getMessage());
    try (Stream<Path> in = Files.list(elsewhere)) {
      assertEquals(0, in.count(), "nothing is written through the link");
    }

    Path gitWork = tmp.resolve("git-work");
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.commit("one", Map.of("pots.yaml", "version: 1\n"));
      GitSource git =
          new GitSource(repo.dir().toString(), Optional.empty(), Optional.empty(), gitWork);
      assertEquals("rwx------", mode(gitWork.resolve("cache")));
      Revision first = git.fetch();
      TreeFiles.deleteTree(first.root());
      Files.createSymbolicLink(first.root(), elsewhere);
      SourceException c = assertThrows(SourceException.class, git::fetch);
      assertTrue(c.getMessage().contains(first.root() + " is a symbolic link"), c.getMessage());
      Files.delete(first.root());
      Path cache;
      try (Stream<Path> clones = Files.list(gitWork.resolve("cache"))) {
        cache = clones.findFirst().orElseThrow();
      }
      TreeFiles.deleteTree(cache);
      Files.createSymbolicLink(cache, elsewhere);
      SourceException g = assertThrows(SourceException.class, git::fetch);
      assertTrue(g.getMessage().contains(cache + " is a symbolic link"), g.getMessage());
    }
    try (Stream<Path> in = Files.list(elsewhere)) {
      assertEquals(0, in.count(), "no clone through the link");
    }
  }

  @Test
  void aWorkDirectoryOfAnotherUserIsRefusedByName() throws Exception {
    if (PrivateFiles.uid() != 0) {
      if (System.getenv("REQUIRE_ROOT") != null) {
        throw new AssertionError("REQUIRE_ROOT is set but the tests do not run as root");
      }
      System.out.println("NOTICE: not root: the other-owner work directory needs chown; not run");
      return;
    }
    Path work = Files.createDirectories(tmp.resolve("work"));
    Files.setAttribute(work, "unix:uid", 65534);
    StateException e = assertThrows(StateException.class, () -> new DirectorySource(spec(), work));
    assertEquals(work + " is owned by uid 65534, not by uid 0 who runs potctl", e.getMessage());
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }
}
