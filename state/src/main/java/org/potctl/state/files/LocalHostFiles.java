package org.potctl.state.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.potctl.state.StateException;

/**
 * {@link HostFiles} on this machine's file system. A symbolic link is never followed: {@link
 * #isDirectory} is false for a link, and listing or reading a link is an error naming it (the file
 * is opened with {@code O_NOFOLLOW}, so a link planted between the check and the read is refused
 * too). Only regular files are read (a FIFO would block the observation).
 */
final class LocalHostFiles implements HostFiles {

  private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

  @Override
  public List<String> list(String directory) {
    Path dir = Path.of(directory);
    refuseLink(dir, "list");
    if (!Files.isDirectory(dir, NO_FOLLOW)) {
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
    return Files.isDirectory(Path.of(path), NO_FOLLOW);
  }

  @Override
  public Optional<String> read(String path) {
    return readBytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  @Override
  public Optional<byte[]> readBytes(String path) {
    Path file = Path.of(path);
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
      if (attrs.isSymbolicLink()) {
        throw linkRefused(path, "read");
      }
      if (attrs.isDirectory()) {
        throw new StateException("cannot read " + path + ": it is a directory");
      }
      if (!attrs.isRegularFile()) {
        throw new StateException("cannot read " + path + ": not a regular file");
      }
      try (SeekableByteChannel ch =
              Files.newByteChannel(
                  file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
          InputStream in = Channels.newInputStream(ch)) {
        return Optional.of(in.readAllBytes());
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      if (Files.isSymbolicLink(file)) {
        throw linkRefused(path, "read");
      }
      throw new StateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static void refuseLink(Path path, String what) {
    if (Files.isSymbolicLink(path)) {
      throw linkRefused(path.toString(), what);
    }
  }

  private static StateException linkRefused(String path, String what) {
    return new StateException(
        "cannot " + what + " " + path + ": it is a symbolic link (potctl does not follow links)");
  }
}
