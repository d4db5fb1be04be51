package org.potctl.controller.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The training run of the launcher's JDK AOT cache ({@code -XX:AOTCacheOutput}): the everyday
 * commands on the bundled {@code web-single} spec against a simulated host of its own, so the cache
 * holds the classes of loading, validation, observation, planning and rendering. Usage: {@code java
 * -XX:AOTCacheOutput=FILE -cp potctl.jar org.potctl.controller.cli.AotTraining DIR}; DIR (created
 * if missing; it must not hold a previous run's host) is the run's only write. Prints one line per
 * command with its exit status to standard error; exits 1 if any command did not end as expected,
 * so the launcher keeps no cache of a broken run.
 */
public final class AotTraining {

  private static final String SPEC = "aot-training/potfile.yaml";

  private AotTraining() {}

  /** Runs the training commands in the directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    System.exit(train(Path.of(args[0])) ? 0 : 1);
  }

  /** Runs the training commands in {@code dir}; whether each exited as expected. */
  static boolean train(Path where) throws IOException {
    Path dir = where.toAbsolutePath();
    Path spec = dir.resolve("web-single");
    Path sim = dir.resolve("sim");
    Files.createDirectories(spec);
    try (InputStream in = AotTraining.class.getResourceAsStream(SPEC)) {
      if (in == null) {
        throw new IOException("missing resource " + SPEC);
      }
      Files.copy(in, spec.resolve("potfile.yaml"), StandardCopyOption.REPLACE_EXISTING);
    }
    String s = spec.toString();
    String host = "--host=sim:" + sim;
    return run(0, "validate", s)
        & run(0, "validate", "-o", "json", s)
        & run(2, "plan", host, "--detailed-exitcode", s)
        & run(0, "apply", host, "--yes", s)
        & run(0, "plan", host, s)
        & run(0, "plan", host, "-o", "json", s)
        & run(0, "status", host, s)
        & run(0, "observe", host, "-o", "json");
  }

  private static boolean run(int expected, String... args) {
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    int code = Main.run(args, discard, discard);
    System.err.println("aot training: potctl " + String.join(" ", args) + ": exit " + code);
    return code == expected;
  }
}
