package org.potctl.state.statedir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The exclusive host lock of a state directory ({@link StateStore}): an OS lock on {@code
 * STATE_DIR/lock} that dies with its holder (a local process, or a remote one held over SSH), so it
 * never needs manual cleanup, with the holder's metadata in {@code STATE_DIR/lock.json} while held.
 * Only one {@link Held} exists per state directory across all processes, including within one JVM.
 */
public final class HostLock {

  /** How often a waiting {@link #acquire} tries again. */
  static final Duration POLL = Duration.ofMillis(100);

  /**
   * How long a lock that is only settling is waited for even with a zero timeout: held with no
   * holder metadata (being taken or released: the lock helper removes {@code lock.json} just before
   * it lets go) or by a process of this machine that has ended (a killed potctl, whose helper ends
   * a moment later, longer on a loaded machine).
   */
  static final Duration SETTLING = Duration.ofSeconds(5);

  private final StateStore store;

  /**
   * The lock of the state directory {@code stateDir} on this machine (created on first acquire).
   */
  public HostLock(Path stateDir) {
    this(StateStore.local(stateDir));
  }

  /** The lock of the state directory {@code store} reaches. */
  public HostLock(StateStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Takes the lock for {@code command} (the command line recorded as holder metadata). If another
   * process holds it, waits up to {@code timeout}, trying every {@link #POLL}; a zero timeout fails
   * at once, unless the lock is only settling (see {@link #SETTLING}).
   *
   * @throws LockHeldException if the lock is still held when the timeout expires (names the holder)
   */
  public Held acquire(String command, Duration timeout) {
    return acquire(command, timeout, held -> {});
  }

  /**
   * Like {@link #acquire(String, Duration)}, and tells {@code waiting} once, when it first finds
   * the lock held and the timeout lets it wait, who holds it: the message of the {@link
   * LockHeldException} it would throw ({@code host is locked (…/lock) by pid …}), so that a waiting
   * command can say why it waits.
   */
  public Held acquire(String command, Duration timeout, Consumer<String> waiting) {
    Objects.requireNonNull(command, "command");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    boolean told = false;
    while (true) {
      LockHolder holder = LockHolder.current(command, Instant.now());
      Optional<StateStore.Lease> lease = store.tryLock(holder);
      if (lease.isPresent()) {
        return new Held(lease.get(), holder);
      }
      long left = deadline - System.nanoTime();
      if (!told && left > 0) {
        told = true;
        waiting.accept(new LockHeldException(lockLocation(), holder()).getMessage());
      }
      if (left <= 0) {
        Optional<LockHolder> other = holder();
        boolean settling = other.isEmpty() || other.get().goneFromThisHost();
        if (!settling || System.nanoTime() - start >= SETTLING.toNanos()) {
          throw new LockHeldException(lockLocation(), other);
        }
        left = POLL.toNanos();
      }
      sleep(Math.min(left, POLL.toNanos()));
    }
  }

  /** The current holder's metadata, if the lock file has one that parses. */
  public Optional<LockHolder> holder() {
    return store.holder();
  }

  /** The lock file, on this machine; for a remote state directory use {@link #lockLocation()}. */
  public Path lockFile() {
    if (store instanceof LocalStateStore local) {
      return local.dir().resolve("lock");
    }
    throw new UnsupportedOperationException(store.location() + " is not on this machine");
  }

  /** The lock file in messages, e.g. {@code /var/db/potctl/lock}. */
  public String lockLocation() {
    return store.location() + "/lock";
  }

  private static void sleep(long nanos) {
    try {
      Thread.sleep(Duration.ofNanos(nanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the host lock", e);
    }
  }

  /** The held lock; {@link #close()} removes the holder metadata and releases it. */
  public static final class Held implements AutoCloseable {

    private final StateStore.Lease lease;
    private final LockHolder holder;

    private Held(StateStore.Lease lease, LockHolder holder) {
      this.lease = lease;
      this.holder = holder;
    }

    /** This process's metadata, as written beside the lock. */
    public LockHolder holder() {
      return holder;
    }

    /**
     * Whether the lock was lost while held: its remote holder ended (the SSH connection dropped).
     * An apply then starts no further step.
     */
    public boolean lost() {
      return lease.lost();
    }

    /** Releases the lock (idempotent). */
    @Override
    public void close() {
      lease.close();
    }
  }
}
