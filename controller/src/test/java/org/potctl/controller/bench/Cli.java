package org.potctl.controller.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs potctl as a subprocess the way a user's shell does: the {@code ./potctl} launcher (its JDK
 * choice, start-up cache and JVM flags), on the JDK running the benchmark, with {@code
 * JAVA_OPTS=-Xmx512m} for the large rows and no {@code JAVA_OPTS} at all for the everyday ones.
 * Reports its exit status, wall time and peak RSS (GNU time's maximum resident set size, when
 * {@code /usr/bin/time} exists).
 */
final class Cli {

  /** The exit status, wall time in milliseconds, peak RSS in MB (0 if unknown), first output. */
  record Run(int exitCode, double wallMs, double peakMb, String output) {}

  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private final Path launcher;
  private final Optional<String> javaOpts;

  Cli(Path launcher, Optional<String> javaOpts) {
    this.launcher = launcher;
    this.javaOpts = javaOpts;
  }

  /**
   * The repository's {@code ./potctl}, which runs {@code controller/target/potctl.jar} (built by
   * {@code package}; the launcher would rebuild it if a source were newer), with {@code
   * JAVA_OPTS=-Xmx512m}.
   */
  static Cli ofModule() {
    Path jar = Path.of("target", "potctl.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run with -Pbench … verify");
    }
    Path launcher = jar.getParent().getParent().getParent().resolve("potctl");
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException(launcher + " is missing or not executable");
    }
    return new Cli(launcher, Optional.of("-Xmx512m"));
  }

  /** The same launcher with no {@code JAVA_OPTS}: the command as a user types it. */
  Cli asUser() {
    return new Cli(launcher, Optional.empty());
  }

  /** The repository root (the launcher's directory). */
  Path root() {
    return launcher.getParent();
  }

  Run run(List<String> args) {
    List<String> argv = new ArrayList<>(List.of(launcher.toString()));
    argv.addAll(args);
    return exec(argv, javaOpts);
  }

  /**
   * The JVM's own start: {@code java -version} with the launcher's flags for a short command
   * (client compiler, serial collector, the JDK's default class-data sharing archive).
   */
  Run jvmStart() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return exec(
        List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms8m", "-version"),
        Optional.empty());
  }

  private static Run exec(List<String> command, Optional<String> javaOpts) {
    try {
      Path log = Files.createTempFile("potctl-bench", ".out");
      Path rss = Files.createTempFile("potctl-bench", ".rss");
      List<String> argv = new ArrayList<>();
      boolean timed = Files.isExecutable(GNU_TIME);
      if (timed) {
        argv.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
      }
      argv.addAll(command);
      ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
      pb.redirectOutput(log.toFile());
      pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
      pb.environment().remove("JAVA_OPTS");
      javaOpts.ifPresent(o -> pb.environment().put("JAVA_OPTS", o));
      long start = System.nanoTime();
      Process p = pb.start();
      int code = p.waitFor();
      double ms = (System.nanoTime() - start) / 1e6;
      String out = Files.readString(log);
      double peakMb = timed ? kilobytes(Files.readString(rss)) / 1024.0 : 0;
      Files.delete(log);
      Files.delete(rss);
      return new Run(code, ms, peakMb, out.length() > 2000 ? out.substring(0, 2000) : out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The last line of GNU time's output (earlier lines say why a command failed). */
  private static double kilobytes(String timeOutput) {
    String[] lines = timeOutput.strip().split("\n");
    try {
      return Double.parseDouble(lines[lines.length - 1].strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The median wall time and peak of {@code runs} runs after one warm-up; the last run's result.
   */
  Run median(int runs, List<String> args) {
    return median(runs, () -> run(args));
  }

  /** The median of {@code runs} runs of {@link #jvmStart} after one warm-up. */
  Run jvmStartMedian(int runs) {
    return median(runs, this::jvmStart);
  }

  private static Run median(int runs, Supplier<Run> once) {
    once.get();
    List<Double> times = new ArrayList<>();
    List<Double> peaks = new ArrayList<>();
    Run last = null;
    for (int i = 0; i < runs; i++) {
      last = once.get();
      times.add(last.wallMs());
      peaks.add(last.peakMb());
    }
    return new Run(last.exitCode(), Measure.median(times), Measure.median(peaks), last.output());
  }

  /**
   * Runs the launcher once and waits (up to ten minutes) for the start-up cache it trains in the
   * background on JDK 25 and later, so no measured run competes with the training or runs without
   * the cache a user has from their second run on. Says which cache the runs use.
   */
  String awaitStartupCache() {
    run(List.of("--version"));
    int major = Runtime.version().feature();
    Path target = root().resolve("controller").resolve("target");
    Path aot = target.resolve("potctl-jdk" + major + ".aot");
    Path lock = target.resolve("potctl-jdk" + major + ".aot.lock");
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (Files.exists(lock) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (major >= 25) {
      return Files.isRegularFile(aot)
          ? "AOT cache " + root().relativize(aot) + " (trained by the launcher)"
          : "no AOT cache (its training failed: controller/target/aot-training.log)";
    }
    return "class-data sharing archive (JDK " + major + ", no AOT cache below JDK 25)";
  }
}
