package org.potctl.state.statedir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The exclusive host lock: an OS file lock on {@code STATE_DIR/lock} (released by the kernel when
 * the process dies, so it never needs manual cleanup), with the holder's metadata in {@code
 * STATE_DIR/lock.json} while held. Only one {@link Held} exists per state directory across all
 * processes, including within one JVM.
 */
public final class HostLock {

  /** How often a waiting {@link #acquire} tries again. */
  static final Duration POLL = Duration.ofMillis(100);

  private static final Set<Path> HELD_IN_THIS_JVM = new HashSet<>();

  private final Path lockFile;
  private final Path holderFile;

  /** The lock of the state directory {@code stateDir} (created on first acquire). */
  public HostLock(Path stateDir) {
    Path dir = stateDir.toAbsolutePath().normalize();
    this.lockFile = dir.resolve("lock");
    this.holderFile = dir.resolve("lock.json");
  }

  /**
   * Takes the lock for {@code command} (the command line recorded as holder metadata). If another
   * process holds it, waits up to {@code timeout}, trying every {@link #POLL}; a zero timeout fails
   * at once.
   *
   * @throws LockHeldException if the lock is still held when the timeout expires (names the holder)
   */
  public Held acquire(String command, Duration timeout) {
    Objects.requireNonNull(command, "command");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<Held> held = tryAcquire(command);
      if (held.isPresent()) {
        return held.get();
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new LockHeldException(lockFile, holder());
      }
      sleep(Math.min(left, POLL.toNanos()));
    }
  }

  /** The current holder's metadata, if the lock file has one that parses. */
  public Optional<LockHolder> holder() {
    try {
      return Files.exists(holderFile)
          ? Optional.of(LockHolder.fromJson(Files.readString(holderFile)))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The lock file. */
  public Path lockFile() {
    return lockFile;
  }

  private Optional<Held> tryAcquire(String command) {
    // POSIX drops all of a process's locks on a file when any descriptor of it closes, so a JVM
    // that holds the lock must not even open the file again: the JVM-wide set answers instead.
    synchronized (HELD_IN_THIS_JVM) {
      if (HELD_IN_THIS_JVM.contains(lockFile)) {
        return Optional.empty();
      }
      Optional<Held> held = tryLockFile(command);
      held.ifPresent(h -> HELD_IN_THIS_JVM.add(lockFile));
      return held;
    }
  }

  private Optional<Held> tryLockFile(String command) {
    FileChannel ch = null;
    try {
      Files.createDirectories(lockFile.getParent());
      ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
      LockHolder holder = LockHolder.current(command, Instant.now());
      AtomicWrite.replace(holderFile, holder.toJson());
      return Optional.of(new Held(ch, lock, holder));
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  private static void sleep(long nanos) {
    try {
      Thread.sleep(Duration.ofNanos(nanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the host lock", e);
    }
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

  /** The held lock; {@link #close()} removes the holder metadata and releases it. */
  public final class Held implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final LockHolder holder;
    private boolean closed;

    private Held(FileChannel channel, FileLock lock, LockHolder holder) {
      this.channel = channel;
      this.lock = lock;
      this.holder = holder;
    }

    /** This process's metadata, as written beside the lock. */
    public LockHolder holder() {
      return holder;
    }

    /** Releases the lock (idempotent). */
    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        Files.deleteIfExists(holderFile);
        lock.release();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release " + lockFile, e);
      } finally {
        closeQuietly(channel);
        synchronized (HELD_IN_THIS_JVM) {
          HELD_IN_THIS_JVM.remove(lockFile);
        }
      }
    }
  }
}
