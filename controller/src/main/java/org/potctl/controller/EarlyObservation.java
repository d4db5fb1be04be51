package org.potctl.controller;

import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;

/**
 * A lock-free plan's connection and observation, started on a thread of its own while the spec
 * loads (issue 18: both cores). Only for the local host and a simulated host that exists already,
 * whose observation runs read-only commands and reads files: an SSH host is connected only once the
 * spec is valid, as before, so an invalid spec never opens a connection, and a simulated host
 * directory is never created for an invalid spec. When the spec turns out invalid, the observation
 * is waited for, its result or error dropped, and the host closed.
 */
final class EarlyObservation implements AutoCloseable {

  /** The connected host and what its one observation saw. */
  record Observed(Host host, HostState state) {}

  private final FutureTask<Observed> task;
  private Optional<Host> connected = Optional.empty();

  private EarlyObservation(HostSpec spec) {
    task =
        new FutureTask<>(
            () -> {
              Host host = HostConnector.connect(spec);
              synchronized (this) {
                connected = Optional.of(host);
              }
              return new Observed(host, HostObserver.create(host.runner(), host.files()).observe());
            });
  }

  /** Whether plans on {@code spec} observe while the spec loads. */
  static boolean applies(HostSpec spec) {
    return switch (spec) {
      case HostSpec.Local l -> true;
      case HostSpec.Sim s -> Files.isDirectory(s.options().dir());
      case HostSpec.Ssh s -> false;
    };
  }

  /** Connects and observes {@code spec} on a new daemon thread. */
  static EarlyObservation start(HostSpec spec) {
    EarlyObservation early = new EarlyObservation(spec);
    Thread.ofPlatform().daemon().name("potctl-observe").start(early.task);
    return early;
  }

  /**
   * Waits for the observation; throws what connecting or observing threw, as the same exception.
   */
  Observed get() {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while observing the host", e);
    }
  }

  /** Waits for the observation to end (its outcome ignored) and closes the host if it connected. */
  @Override
  public void close() {
    try {
      task.get();
    } catch (ExecutionException e) {
      // the caller has taken (or dropped) the outcome through get()
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Optional<Host> host;
    synchronized (this) {
      host = connected;
    }
    host.ifPresent(Host::close);
  }
}
