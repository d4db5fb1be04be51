package org.potctl.state.exec;

import java.time.Duration;
import java.util.Objects;

/**
 * What a finished command left behind.
 *
 * @param exitCode the process exit status ({@code 0} success)
 * @param stdout everything the command wrote to standard output
 * @param stderr everything the command wrote to standard error
 * @param took wall-clock time from start to exit
 */
public record CommandResult(int exitCode, String stdout, String stderr, Duration took) {

  public CommandResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(took, "took");
  }

  /** Whether the command exited with status 0. */
  public boolean succeeded() {
    return exitCode == 0;
  }

  /**
   * Returns this result if the command succeeded.
   *
   * @throws CommandFailedException if it exited non-zero, carrying argv, status and output tail
   */
  public CommandResult requireSuccess(Command command) {
    if (!succeeded()) {
      throw new CommandFailedException(command, this);
    }
    return this;
  }
}
