package org.potctl.state.statedir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.potctl.state.StateException;

/**
 * A state directory on this machine: files read without following links ({@link NoFollowFiles}),
 * the directory itself checked before every read and listing (a link planted as it, or another
 * user's directory, is refused by read-only commands too, not only by those that write), replaced
 * atomically ({@link AtomicWrite}), journals appended; the lock is {@link LocalLock}.
 */
final class LocalStateStore implements StateStore {

  private final Path dir;

  LocalStateStore(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path dir() {
    return dir;
  }

  @Override
  public String location() {
    return dir.toString();
  }

  @Override
  public Optional<String> read(String name) {
    Path file = dir.resolve(name);
    NoFollowFiles.check(dir);
    if (file.getParent() != null && !file.getParent().equals(dir)) {
      NoFollowFiles.check(file.getParent());
    }
    return Optional.ofNullable(NoFollowFiles.readOrNull(file));
  }

  @Override
  public List<String> list(String name) {
    Path d = dir.resolve(name);
    NoFollowFiles.check(dir);
    if (!NoFollowFiles.check(d)) {
      return List.of();
    }
    if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
      // a journal directory replaced by a file must not read as "no journals"
      throw new StateException(
          d + " is not a directory: potctl keeps files in it, and would take it for empty");
    }
    try (Stream<Path> files = Files.list(d)) {
      return files
          .peek(NoFollowFiles::check)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + d, e);
    }
  }

  @Override
  public void replace(String name, String content) {
    AtomicWrite.replace(dir.resolve(name), content);
  }

  @Override
  public void delete(List<String> names) {
    for (String name : names) {
      Path file = dir.resolve(name);
      if (file.getParent() != null && !file.getParent().equals(dir)) {
        NoFollowFiles.check(file.getParent());
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file, e);
      }
    }
  }

  @Override
  public Appender create(String name) {
    Path file = dir.resolve(name);
    try {
      privateDirs(file.getParent());
      if (NoFollowFiles.check(file)) {
        throw new IllegalStateException(file + " exists already");
      }
      FileChannel ch =
          NoFollowFiles.open(
              file,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
      return new FileAppender(file, ch);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof FileAlreadyExistsException) {
        throw new IllegalStateException(file + " exists already", e);
      }
      throw e;
    }
  }

  @Override
  public Optional<Lease> tryLock(LockHolder holder) {
    return LocalLock.tryLock(dir, holder);
  }

  /** Makes the state directory and {@code sub} (inside it) private directories. */
  private void privateDirs(Path sub) {
    NoFollowFiles.privateDir(dir);
    if (!sub.equals(dir)) {
      NoFollowFiles.privateDir(sub);
    }
  }

  private static final class FileAppender implements Appender {

    private final Path file;
    private final FileChannel channel;

    FileAppender(Path file, FileChannel channel) {
      this.file = file;
      this.channel = channel;
    }

    @Override
    public synchronized void append(String line) {
      try {
        AtomicWrite.writeAll(channel, line + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to " + file, e);
      }
    }

    @Override
    public synchronized void close() {
      try {
        if (channel.isOpen()) {
          channel.force(true);
          channel.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + file, e);
      }
    }
  }
}
