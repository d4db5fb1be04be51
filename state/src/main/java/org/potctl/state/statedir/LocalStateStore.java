package org.potctl.state.statedir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A state directory on this machine. The lock is an OS file lock ({@code fcntl} through {@link
 * FileChannel#tryLock}); on Linux, where {@code fcntl} and {@code flock} locks do not see each
 * other, it also holds a {@link LockProcess} ({@code flock(1)}) when {@code flock} is installed, so
 * that it excludes a potctl holding the same directory over SSH.
 */
final class LocalStateStore implements StateStore {

  private static final Set<Path> HELD_IN_THIS_JVM = new HashSet<>();

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
    if (file.getParent() != null && !file.getParent().equals(dir)) {
      NoFollowFiles.check(file.getParent());
    }
    return Optional.ofNullable(NoFollowFiles.readOrNull(file));
  }

  @Override
  public List<String> list(String name) {
    Path d = dir.resolve(name);
    if (!NoFollowFiles.check(d) || !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
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
    Path lockFile = dir.resolve("lock");
    // POSIX drops all of a process's locks on a file when any descriptor of it closes, so a JVM
    // that holds the lock must not even open the file again: the JVM-wide set answers instead.
    synchronized (HELD_IN_THIS_JVM) {
      if (HELD_IN_THIS_JVM.contains(lockFile)) {
        return Optional.empty();
      }
      Optional<Lease> lease = lockFile(lockFile, holder);
      lease.ifPresent(l -> HELD_IN_THIS_JVM.add(lockFile));
      return lease;
    }
  }

  private Optional<Lease> lockFile(Path lockFile, LockHolder holder) {
    FileChannel ch = null;
    try {
      NoFollowFiles.privateDir(dir);
      // O_NOFOLLOW: a planted link (even a dangling one) is refused, its target never created
      ch = NoFollowFiles.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // locked through another channel of this JVM
      }
      if (lock == null) {
        ch.close();
        return Optional.empty();
      }
      Optional<Lease> flock = Optional.empty();
      if (flockToo()) {
        flock =
            LockProcess.await(
                new ProcessBuilder(LockProcess.argv(dir.toString(), holder)).start(),
                lockFile.toString());
        if (flock.isEmpty()) {
          lock.release();
          ch.close();
          return Optional.empty();
        }
      }
      AtomicWrite.replace(dir.resolve("lock.json"), holder.toJson());
      return Optional.of(new FileLease(lockFile, ch, lock, flock));
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  /** Makes the state directory and {@code sub} (inside it) private directories. */
  private void privateDirs(Path sub) {
    NoFollowFiles.privateDir(dir);
    if (!sub.equals(dir)) {
      NoFollowFiles.privateDir(sub);
    }
  }

  /** Linux with {@code flock(1)}: its locks and {@code fcntl} locks are independent there. */
  private static boolean flockToo() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      return false;
    }
    return Stream.of("/usr/bin/flock", "/bin/flock").anyMatch(p -> Files.isExecutable(Path.of(p)));
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        // nothing more to release
      }
    }
  }

  private final class FileLease implements Lease {

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<Lease> flock;
    private boolean closed;

    FileLease(Path lockFile, FileChannel channel, FileLock lock, Optional<Lease> flock) {
      this.lockFile = lockFile;
      this.channel = channel;
      this.lock = lock;
      this.flock = flock;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        Files.deleteIfExists(dir.resolve("lock.json"));
        lock.release();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release " + lockFile, e);
      } finally {
        closeQuietly(channel);
        flock.ifPresent(Lease::close);
        synchronized (HELD_IN_THIS_JVM) {
          HELD_IN_THIS_JVM.remove(lockFile);
        }
      }
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
