package org.potctl.controller.distribution;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from a Debian package that a distribution test needs (shellcheck, mandoc). Missing, the
 * test is skipped with a NOTICE, or fails when {@code REQUIRE_DIST_TOOLS=1} (set by {@code
 * .ci/run}; {@code ./run-tests} installs the packages as root).
 */
record ExternalTool(String program, String debianPackage) {

  static final ExternalTool SHELLCHECK = new ExternalTool("shellcheck", "shellcheck");
  static final ExternalTool MANDOC = new ExternalTool("mandoc", "mandoc");

  /** The program's path on {@code PATH}, or a skip (a failure with REQUIRE_DIST_TOOLS=1). */
  Path pathOrSkip() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String why = program + " is not installed (Debian package " + debianPackage + ")";
    if ("1".equals(System.getenv("REQUIRE_DIST_TOOLS"))) {
      fail("REQUIRE_DIST_TOOLS=1 but " + why);
    }
    System.err.println("NOTICE: test SKIPPED: " + why + "; ./run-tests as root installs it");
    Assumptions.abort(why);
    return null;
  }

  /** Output (stdout and stderr) and exit status of one run. */
  record Result(int exit, String output) {}

  /** Runs argv in dir, waiting at most the given seconds. */
  static Result run(Path dir, List<String> argv, long seconds)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(argv + " did not finish in " + seconds + " s");
    }
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** The repository root (tests run in the module directory). */
  static Path repoRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("mvnw")) ? here : here.getParent();
  }
}
