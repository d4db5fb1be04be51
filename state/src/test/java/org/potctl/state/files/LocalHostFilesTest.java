package org.potctl.state.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.StateException;

class LocalHostFilesTest {

  @TempDir Path dir;

  private final HostFiles files = HostFiles.local();

  @Test
  void listsSortedNamesAndNothingForAMissingDirectory() throws IOException {
    Files.writeString(dir.resolve("b"), "");
    Files.createDirectory(dir.resolve("a"));
    assertEquals(List.of("a", "b"), files.list(dir.toString()));
    assertEquals(List.of(), files.list(dir.resolve("missing").toString()));
    assertTrue(files.isDirectory(dir.resolve("a").toString()));
    assertFalse(files.isDirectory(dir.resolve("b").toString()));
  }

  @Test
  void readsTextAndBytesAndEmptyForAMissingFile() throws IOException {
    Files.writeString(dir.resolve("pot.conf"), "pot.type=single\n");
    assertEquals(Optional.of("pot.type=single\n"), files.read(dir.resolve("pot.conf").toString()));
    assertArrayEquals(
        "pot.type=single\n".getBytes(),
        files.readBytes(dir.resolve("pot.conf").toString()).orElseThrow());
    assertEquals(Optional.empty(), files.read(dir.resolve("none").toString()));
  }

  @Test
  void readingADirectoryIsAnError() {
    assertThrows(StateException.class, () -> files.read(dir.toString()));
  }

  @Test
  void aSymlinkedFileIsRefusedNamingItAndItsTargetIsNotRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("shadow"), "root:secret\n");
    Path link = Files.createSymbolicLink(dir.resolve("pot.conf"), secret);
    StateException e = assertThrows(StateException.class, () -> files.read(link.toString()));
    assertEquals(
        "cannot read " + link + ": it is a symbolic link (potctl does not follow links)",
        e.getMessage());
    assertThrows(StateException.class, () -> files.readBytes(link.toString()));
  }

  @Test
  void aDanglingLinkIsRefusedNotReportedMissing() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("web"), dir.resolve("nowhere"));
    StateException e = assertThrows(StateException.class, () -> files.read(link.toString()));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
  }

  @Test
  void aSymlinkedDirectoryIsNotADirectoryAndIsNotListed() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Files.writeString(real.resolve("x"), "");
    Path link = Files.createSymbolicLink(dir.resolve("flavours"), real);
    assertFalse(files.isDirectory(link.toString()));
    StateException e = assertThrows(StateException.class, () -> files.list(link.toString()));
    assertTrue(e.getMessage().startsWith("cannot list " + link + ": it is a symbolic link"));
    assertEquals(List.of("flavours", "real"), files.list(dir.toString()));
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("pot.conf");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    StateException e = assertThrows(StateException.class, () -> files.read(fifo.toString()));
    assertEquals("cannot read " + fifo + ": not a regular file", e.getMessage());
  }
}
