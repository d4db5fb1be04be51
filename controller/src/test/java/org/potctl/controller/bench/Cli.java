package org.potctl.controller.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the built {@code potctl.jar} as a subprocess ({@code java -Xmx512m -jar … ARGS}), the way a
 * user's shell would, and reports its exit status and wall time.
 */
final class Cli {

  /** The exit status, wall time in milliseconds and the first lines of output. */
  record Run(int exitCode, double wallMs, String output) {}

  private final Path jar;

  Cli(Path jar) {
    this.jar = jar;
  }

  /** {@code target/potctl.jar} of the controller module, built by {@code package}. */
  static Cli ofModule() {
    Path jar = Path.of("target", "potctl.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run with -Pbench … verify");
    }
    return new Cli(jar);
  }

  static Path javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  Run run(List<String> args) {
    List<String> argv = new ArrayList<>(List.of(javaBinary().toString(), "-Xmx512m", "-jar"));
    argv.add(jar.toString());
    argv.addAll(args);
    try {
      Path log = Files.createTempFile("potctl-bench", ".out");
      long start = System.nanoTime();
      Process p =
          new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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
