package org.potctl.controller.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./potctl watch --dir} as a daemon runs it (the launcher's JVM flags, no {@code
 * JAVA_OPTS}), on a simulated host, with what the kernel says about it: resident memory, CPU time
 * and, per thread, how often it woke.
 */
final class WatchProcess implements AutoCloseable {

  private static final Pattern LISTEN =
      Pattern.compile("event=started .*listen=127\\.0\\.0\\.1:(\\d+)");
  private static final Pattern COUNT =
      Pattern.compile("potctl_watch_reconcile_duration_seconds_count (\\d+)");
  private static final long TICKS_PER_SECOND = 100;

  /** The watcher's state at one moment. */
  record Sample(long cycles, long rssKb, double cpuMs) {}

  private final Process process;
  private final Path log;
  private final HttpClient client = HttpClient.newHttpClient();
  private int port;

  private WatchProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts the watcher of {@code spec} on the simulated host {@code sim}. */
  static WatchProcess start(
      Path launcher, Path spec, Path sim, Path work, String interval, String specId)
      throws IOException {
    Path log = Files.createTempFile("potctl-watch-bench", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    launcher.toString(),
                    "--host",
                    "sim:" + sim,
                    "--spec-id",
                    specId,
                    "watch",
                    "--dir",
                    spec.toString(),
                    "--interval",
                    interval,
                    "--listen",
                    "127.0.0.1:0",
                    "--work-dir",
                    work.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // the build's own JAVA_OPTS is not the daemon's; -Dbench.watch.javaOpts gives it some
    String opts = JAVA_OPTS.strip();
    if (opts.isEmpty()) {
      pb.environment().remove("JAVA_OPTS");
    } else {
      pb.environment().put("JAVA_OPTS", opts);
    }
    return new WatchProcess(pb.start(), log);
  }

  /**
   * The JVM options the bench's watchers get as {@code JAVA_OPTS} ({@code -Dbench.watch.javaOpts},
   * none by default: the launcher's daemon flags alone, as an installed watcher runs), e.g. {@code
   * -XX:NativeMemoryTracking=summary} for {@link #nativeMemory()}, or a flag of the launcher's
   * turned back to compare.
   */
  static final String JAVA_OPTS = System.getProperty("bench.watch.javaOpts", "");

  /** Whether the watchers run with Native Memory Tracking, so that {@link #nativeMemory} works. */
  static boolean tracksNativeMemory() {
    return JAVA_OPTS.contains("NativeMemoryTracking=summary")
        || JAVA_OPTS.contains("NativeMemoryTracking=detail");
  }

  /** {@code jcmd PID VM.native_memory summary} of the watcher's JVM (needs {@link #JAVA_OPTS}). */
  String nativeMemory() throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(
                jcmd.toString(), Long.toString(process.pid()), "VM.native_memory", "summary")
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  /** Waits (up to {@code within}) until {@code n} reconciles are done, then samples. */
  Sample awaitCycles(long n, Duration within) throws Exception {
    Instant end = Instant.now().plus(within);
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the watcher exited:\n" + tail());
      }
      long c = cycles();
      if (c >= n) {
        return sample(c);
      }
      Thread.sleep(c == 0 ? 500 : 50);
    }
    throw new IllegalStateException(n + " cycles not reached in " + within + ":\n" + tail());
  }

  long cycles() throws IOException, InterruptedException {
    Matcher m = COUNT.matcher(metrics());
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /** The watcher's HTTP port, once it has logged it (0 before). */
  int port() throws IOException, InterruptedException {
    metrics();
    return port;
  }

  String metrics() throws IOException, InterruptedException {
    if (port == 0) {
      Matcher m = LISTEN.matcher(Files.readString(log));
      if (!m.find()) {
        return "";
      }
      port = Integer.parseInt(m.group(1));
    }
    URI uri = URI.create("http://127.0.0.1:" + port + "/metrics");
    return client
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private Sample sample(long cycles) throws IOException {
    Path proc = Path.of("/proc", Long.toString(process.pid()));
    long rss = 0;
    for (String line : Files.readAllLines(proc.resolve("status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return new Sample(cycles, rss, cpuMs(Files.readString(proc.resolve("stat"))));
  }

  /** utime + stime of a {@code /proc/…/stat} line, in milliseconds. */
  private static double cpuMs(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000.0 / TICKS_PER_SECOND;
  }

  /** Per thread name, its context switches so far (each one a wake-up or a preemption). */
  Map<String, Long> switchesByThread() throws IOException {
    Map<String, Long> byName = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip().replaceAll("-\\d+$", "-N");
          long n = 0;
          for (String line : Files.readAllLines(task.resolve("status"))) {
            if (line.contains("ctxt_switches:")) {
              n += Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
          }
          byName.merge(name, n, Long::sum);
        } catch (IOException e) {
          // the thread ended while it was read
        }
      }
    }
    return byName;
  }

  String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(log);
  }
}
