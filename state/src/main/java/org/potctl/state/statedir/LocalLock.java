package org.potctl.state.statedir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.potctl.state.statedir.StateStore.Lease;

/**
 * The lock of a state directory on this machine: an OS file lock on {@code lock} ({@code fcntl}
 * through {@link FileChannel#tryLock}); on Linux, where {@code fcntl} and {@code flock} locks do
 * not see each other, also a {@link LockProcess} ({@code flock(1)}) when {@code flock} is
 * installed, so that it excludes a potctl holding the same directory over SSH. The holder is
 * written to {@code lock.json} while the lease lasts.
 */
final class LocalLock {

  private static final Set<Path> HELD_IN_THIS_JVM = new HashSet<>();

  private LocalLock() {}

  /** The lock of the state directory {@code dir}, or empty while somebody holds it. */
  static Optional<Lease> tryLock(Path dir, LockHolder holder) {
    Path lockFile = dir.resolve("lock");
    // POSIX drops all of a process's locks on a file when any descriptor of it closes, so a JVM
    // that holds the lock must not even open the file again: the JVM-wide set answers instead.
    synchronized (HELD_IN_THIS_JVM) {
      if (HELD_IN_THIS_JVM.contains(lockFile)) {
        return Optional.empty();
      }
      Optional<Lease> lease = lockFile(dir, lockFile, holder);
      lease.ifPresent(l -> HELD_IN_THIS_JVM.add(lockFile));
      return lease;
    }
  }

  private static Optional<Lease> lockFile(Path dir, Path lockFile, LockHolder holder) {
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
      return Optional.of(new FileLease(dir, lockFile, ch, lock, flock));
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
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

  private static final class FileLease implements Lease {

    private final Path dir;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<Lease> flock;
    private boolean closed;

    FileLease(Path dir, Path lockFile, FileChannel channel, FileLock lock, Optional<Lease> flock) {
      this.dir = dir;
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
}
