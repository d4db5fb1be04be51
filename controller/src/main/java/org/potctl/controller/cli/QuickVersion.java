package org.potctl.controller.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * {@code potctl --version} without building the picocli model of every command: that model costs
 * most of a short run's start-up, and grows with each command. Prints exactly what picocli prints
 * for {@code --version} ({@link VersionProvider}'s lines).
 */
final class QuickVersion {

  private QuickVersion() {}

  /** Whether the arguments ask only for the version. */
  static boolean asked(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  static int print(PrintWriter out) {
    try {
      for (String line : new VersionProvider().getVersion()) {
        out.println(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
