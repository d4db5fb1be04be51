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
}
