package org.potctl.controller.fleet;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per host, at most {@code parallelism} at a time, each with its own captured output.
 * A host whose task fails (non-zero exit or an exception) never stops the others; the outcomes come
 * back in inventory order.
 */
public final class FleetRun {

  /** One host's part of a fleet command. */
  @FunctionalInterface
  public interface HostTask {
    /** Runs the command for {@code host}, writing to {@code out}/{@code err}; returns its exit. */
    int run(InventoryHost host, PrintWriter out, PrintWriter err);
  }

  /**
   * What one host's task left behind.
   *
   * @param host the host
   * @param exitCode its exit code ({@code 1} if the task threw)
   * @param out what it wrote to its standard output
   * @param err what it wrote to its standard error
   * @param took how long it ran
   */
  public record HostOutcome(
      InventoryHost host, int exitCode, String out, String err, Duration took) {
    public HostOutcome {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(err, "err");
      Objects.requireNonNull(took, "took");
    }
  }

  private FleetRun() {}

  /** Runs {@code task} for every host and waits for all of them. */
  public static List<HostOutcome> run(List<InventoryHost> hosts, int parallelism, HostTask task) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
    }
    List<HostOutcome> outcomes = new ArrayList<>();
    try (ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, hosts.size())))) {
      List<Future<HostOutcome>> futures = new ArrayList<>();
      for (InventoryHost host : hosts) {
        futures.add(pool.submit(() -> one(host, task)));
      }
      for (int i = 0; i < hosts.size(); i++) {
        outcomes.add(await(futures.get(i), hosts.get(i)));
      }
    }
    return outcomes;
  }

  private static HostOutcome one(InventoryHost host, HostTask task) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      try {
        code = task.run(host, o, e);
      } catch (RuntimeException ex) {
        e.println("potctl: " + host.name() + ": " + ex.getMessage());
        code = 1;
      }
    }
    return new HostOutcome(
        host, code, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - start));
  }

  private static HostOutcome await(Future<HostOutcome> future, InventoryHost host) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      return new HostOutcome(host, 1, "", String.valueOf(e.getCause()), Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new HostOutcome(host, 1, "", "interrupted", Duration.ZERO);
    }
  }
}
