package org.potctl.state.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.potctl.state.StateException;

/**
 * Runs commands on this machine with {@link ProcessBuilder}: the argv goes to the kernel as is,
 * never through a shell. Standard output and error are captured concurrently (no pipe deadlock),
 * standard input is written from {@link Command#stdin()} and closed. A command that outlives its
 * timeout is killed together with its whole process tree, then {@link CommandTimeoutException} is
 * thrown. Programs run with {@code LC_ALL=C}, so the output potctl parses (sizes such as {@code
 * 1.5M}, messages) does not depend on the operator's locale. Every program starts in the root
 * directory {@code /}, never in potctl's working directory: pot resolves {@code pot create -f NAME}
 * as a path, then as {@code ./NAME} and {@code ./NAME.sh}, before its flavour directory
 * (common-flv.sh:16-45), so run from a spec checkout a file there named like a flavour would be run
 * instead of the flavour potctl validated and installed.
 *
 * <p>A program may exit while a background child it started (pot's {@code jexec … &}) still holds
 * the output pipes open; the runner then waits at most {@link #DRAIN_GRACE} for the pipes and
 * returns what they carried so far, instead of hanging.
 */
public final class ProcessCommandRunner implements CommandRunner {

  /** The working directory of every program: nothing a spec can write. */
  public static final Path WORKING_DIRECTORY = Path.of("/");

  /** How long output is drained after the program exited. */
  public static final Duration DRAIN_GRACE = Duration.ofSeconds(2);

  @Override
  public CommandResult run(Command command) {
    RawResult raw = runRaw(command);
    return new CommandResult(
        raw.exitCode(), new String(raw.stdout(), StandardCharsets.UTF_8), raw.stderr(), raw.took());
  }

  /**
   * What a finished command left behind, with standard output as bytes (for framed binary output).
   *
   * @param exitCode the process exit status
   * @param stdout the bytes written to standard output
   * @param stderr standard error as UTF-8 text
   * @param took wall-clock time from start to exit
   */
  public record RawResult(int exitCode, byte[] stdout, String stderr, Duration took) {}

  /**
   * Runs {@code command} like {@link #run} but keeps standard output as bytes.
   *
   * @throws CommandTimeoutException if it ran longer than its timeout (it has been killed)
   * @throws StateException if it could not be started at all
   */
  public RawResult runRaw(Command command) {
    long start = System.nanoTime();
    Process process = start(command);
    Capture out = Capture.of(process.getInputStream(), "stdout");
    Capture err = Capture.of(process.getErrorStream(), "stderr");
    feed(process, command.stdin());
    if (!waitFor(process, command.timeout())) {
      killTree(process);
      throw new CommandTimeoutException(command, command.timeout());
    }
    out.await(DRAIN_GRACE);
    err.await(DRAIN_GRACE);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new RawResult(process.exitValue(), out.bytes(), err.text(), took);
  }

  private static Process start(Command command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command.argv());
      builder.directory(WORKING_DIRECTORY.toFile());
      builder.environment().put("LC_ALL", "C");
      return builder.start();
    } catch (IOException e) {
      throw new StateException("cannot start '" + command.display() + "': " + e.getMessage(), e);
    }
  }

  private static void feed(Process process, String stdin) {
    byte[] bytes = stdin.getBytes(StandardCharsets.UTF_8);
    Thread.ofVirtual()
        .name("stdin-" + process.pid())
        .start(
            () -> {
              try (OutputStream in = process.getOutputStream()) {
                in.write(bytes);
              } catch (IOException e) {
                // The program exited or closed its input without reading it all: not our error.
              }
            });
  }

  private static boolean waitFor(Process process, Duration timeout) {
    try {
      return process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      killTree(process);
      Thread.currentThread().interrupt();
      throw new StateException("interrupted while waiting for process " + process.pid(), e);
    }
  }

  /** Kills the process and every descendant, listed before the parent dies and orphans them. */
  static void killTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One output stream read to its end on a virtual thread. */
  private static final class Capture {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Thread thread;

    private Capture(InputStream stream, String name) {
      this.thread = Thread.ofVirtual().name(name).start(() -> drain(stream));
    }

    static Capture of(InputStream stream, String name) {
      return new Capture(stream, name);
    }

    private void drain(InputStream stream) {
      byte[] chunk = new byte[8192];
      try (stream) {
        int n;
        while ((n = stream.read(chunk)) >= 0) {
          synchronized (buffer) {
            buffer.write(chunk, 0, n);
          }
        }
      } catch (IOException e) {
        // The pipe was closed under us (the process was killed): keep what arrived.
      }
    }

    void await(Duration grace) {
      try {
        thread.join(grace);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    String text() {
      synchronized (buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
      }
    }

    byte[] bytes() {
      synchronized (buffer) {
        return buffer.toByteArray();
      }
    }
  }
}
