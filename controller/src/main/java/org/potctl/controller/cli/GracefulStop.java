package org.potctl.controller.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * SIGINT/SIGTERM during an apply: the JVM runs shutdown hooks, ours asks the applier to start
 * nothing new and waits until the running steps ended and the report was printed.
 */
final class GracefulStop implements AutoCloseable {

  private static final long MAX_WAIT_MINUTES = 11;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  GracefulStop() {
    hook = new Thread(this::stop, "potctl-graceful-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Whether a stop was requested. */
  boolean requested() {
    return requested.get();
  }

  private void stop() {
    requested.set(true);
    try {
      finished.await(MAX_WAIT_MINUTES, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The apply is over: let a pending shutdown go on, or remove the hook. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      return;
    }
  }
}
