package org.potctl.controller.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.schema.LoadOptions;
import org.potctl.schema.SpecLoader;

class DirectorySourceTest {

  @TempDir Path dir;
  @TempDir Path work;

  @Test
  void aDirectoryDigestChangesWithItsContent() throws Exception {
    Files.writeString(dir.resolve("pots.yaml"), Specs.VALID);
    DirectorySource source = new DirectorySource(dir, work);
    Revision first = source.fetch();
    assertEquals(first.id(), source.fetch().id());
    Files.writeString(dir.resolve("pots.yaml"), Specs.VALID + "# edited\n");
    Revision edited = source.fetch();
    assertNotEquals(first.id(), edited.id());
    assertTrue(edited.id().startsWith("sha256:"));
    Files.writeString(dir.resolve("more.yaml"), "version: 1\n");
    assertNotEquals(edited.id(), source.fetch().id());
  }

  @Test
  void aRevisionIsACopyThatLaterEditsDoNotTouch() throws Exception {
    Files.writeString(dir.resolve("pots.yaml"), Specs.VALID);
    DirectorySource source = new DirectorySource(dir, work);
    Revision good = source.fetch();
    assertTrue(good.specDir().startsWith(work), "the revision lives in the work directory");
    Files.writeString(dir.resolve("pots.yaml"), Specs.INVALID);
    Revision bad = source.fetch();
    assertEquals(Specs.VALID, Files.readString(good.specDir().resolve("pots.yaml")));
    assertEquals(Specs.INVALID, Files.readString(bad.specDir().resolve("pots.yaml")));
    assertTrue(new SpecLoader().load(good.specDir(), LoadOptions.defaults()).isValid());
    source.retainOnly(List.of(good));
    assertFalse(Files.exists(bad.root()));
    assertTrue(Files.exists(good.root()));
  }

  @Test
  void linksModesAndHardLinksAreKeptSoTheLoaderJudgesTheCopyAsTheOriginal() throws Exception {
    Files.writeString(dir.resolve("pots.yaml"), Specs.VALID);
    Path script = Files.writeString(dir.resolve("setup.sh"), "echo hi\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    Files.createSymbolicLink(dir.resolve("linked.yaml"), Path.of("pots.yaml"));
    Files.createLink(dir.resolve("twin.sh"), script);
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/config"), "x");
    Revision r = new DirectorySource(dir, work).fetch();
    Path root = r.specDir();
    assertEquals(
        "rwxr-x---",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("setup.sh"))));
    assertTrue(Files.isSymbolicLink(root.resolve("linked.yaml")));
    assertEquals(Path.of("pots.yaml"), Files.readSymbolicLink(root.resolve("linked.yaml")));
    assertEquals(
        2, Files.getAttribute(root.resolve("twin.sh"), "unix:nlink", LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.exists(root.resolve(".git")), "dot-entries are not part of the spec");
    assertTrue(r.problems().isEmpty());
  }

  @Test
  void aFifoIsALocatedProblemOfTheRevision() throws Exception {
    Files.writeString(dir.resolve("pots.yaml"), Specs.VALID);
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("x.yaml").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Revision r = new DirectorySource(dir, work).fetch();
    assertEquals(1, r.problems().size(), r.problems().toString());
    Finding f = Finding.of(r.problems().get(0), r.root());
    assertEquals("x.yaml:1:1", f.where());
    assertTrue(f.message().contains("not a regular file"), f.message());
  }

  @Test
  void aMissingDirectoryIsAFetchFailure() {
    assertThrows(
        SourceException.class, () -> new DirectorySource(dir.resolve("gone"), work).fetch());
  }
}
