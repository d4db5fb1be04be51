package org.potctl.controller.cli;

import java.time.Duration;
import org.potctl.state.exec.Durations;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --lock-timeout DURATION} of the commands that change the host besides apply. */
final class LockOption {

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      defaultValue = "0s",
      description =
          "Wait this long (e.g. 30s) for another command's host lock (default: 0s, refuse).")
  String lockTimeout;

  /** The timeout; a malformed one is a usage error. */
  Duration timeout(CommandLine cli) {
    try {
      return Durations.parseAllowingZero(lockTimeout);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, "--lock-timeout: " + e.getMessage());
    }
  }
}
