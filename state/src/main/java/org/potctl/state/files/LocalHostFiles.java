package org.potctl.state.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.potctl.state.StateException;

/** {@link HostFiles} on this machine's file system. */
final class LocalHostFiles implements HostFiles {

  @Override
  public List<String> list(String directory) {
    Path dir = Path.of(directory);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new StateException("cannot list " + directory + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isDirectory(String path) {
    return Files.isDirectory(Path.of(path));
  }

  @Override
  public Optional<String> read(String path) {
    return readBytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  @Override
  public Optional<byte[]> readBytes(String path) {
    Path file = Path.of(path);
    if (Files.isDirectory(file)) {
      throw new StateException("cannot read " + path + ": it is a directory");
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
