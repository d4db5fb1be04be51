package org.potctl.state.exec;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One program invocation as an argv list: never a shell string. {@code argv.get(0)} is the program
 * ({@code pot}, {@code zfs}, {@code jls}, {@code pfctl}); the rest are its arguments, passed
 * verbatim.
 *
 * @param argv the program and its arguments; non-empty, no element contains a NUL character
 * @param timeout how long the command may run before it (and its process tree) is killed
 * @param stdin bytes written to the command's standard input, or empty for none
 */
public record Command(List<String> argv, Duration timeout, String stdin) {

  /** The default timeout of a command: generous, since pot start may fetch and run hooks. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  public Command {
    argv = List.copyOf(argv);
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(stdin, "stdin");
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must not be empty");
    }
    for (String arg : argv) {
      if (arg.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("argv element contains a NUL character");
      }
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** A command with the default timeout and no standard input. */
  public static Command of(String... argv) {
    return new Command(List.of(argv), DEFAULT_TIMEOUT, "");
  }

  /** A command with the default timeout and no standard input. */
  public static Command of(List<String> argv) {
    return new Command(argv, DEFAULT_TIMEOUT, "");
  }

  /** This command with another timeout. */
  public Command withTimeout(Duration newTimeout) {
    return new Command(argv, newTimeout, stdin);
  }

  /** This command with the given standard input. */
  public Command withStdin(String input) {
    return new Command(argv, timeout, input);
  }

  /** The program name, {@code argv[0]}. */
  public String program() {
    return argv.get(0);
  }

  /** The argv joined by single spaces, for logs and {@code commands.log}; not for execution. */
  public String display() {
    return String.join(" ", argv);
  }
}
