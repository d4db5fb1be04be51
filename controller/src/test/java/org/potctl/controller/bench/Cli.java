package org.potctl.controller.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs potctl as a subprocess the way a user's shell does: the {@code ./potctl} launcher (its JDK
 * choice, class-data sharing archive and JVM flags) with {@code JAVA_OPTS=-Xmx512m}, on the JDK
 * running the benchmark. Reports its exit status and wall time.
 */
final class Cli {

  /** The exit status, wall time in milliseconds and the first lines of output. */
  record Run(int exitCode, double wallMs, String output) {}

  private final Path launcher;

  Cli(Path launcher) {
    this.launcher = launcher;
  }

  /**
   * The repository's {@code ./potctl}, which runs {@code controller/target/potctl.jar} (built by
   * {@code package}; the launcher would rebuild it if a source were newer).
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
    return new Cli(launcher);
  }

  Run run(List<String> args) {
    List<String> argv = new ArrayList<>(List.of(launcher.toString()));
    argv.addAll(args);
    try {
      Path log = Files.createTempFile("potctl-bench", ".out");
      ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
      pb.redirectOutput(log.toFile());
      pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
      pb.environment().put("JAVA_OPTS", "-Xmx512m");
      long start = System.nanoTime();
      Process p = pb.start();
      int code = p.waitFor();
      double ms = (System.nanoTime() - start) / 1e6;
      String out = Files.readString(log);
      Files.delete(log);
      return new Run(code, ms, out.length() > 2000 ? out.substring(0, 2000) : out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The median wall time of {@code runs} runs after one warm-up; the last run's result. */
  Run median(int runs, List<String> args) {
    run(args);
    List<Double> times = new ArrayList<>();
    Run last = null;
    for (int i = 0; i < runs; i++) {
      last = run(args);
      times.add(last.wallMs());
    }
    return new Run(last.exitCode(), Measure.median(times), last.output());
  }
}
