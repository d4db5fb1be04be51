package org.potctl.controller.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.potctl.controller.watch.Signatures;
import org.potctl.state.exec.Durations;
import org.potctl.state.host.HostSpec;
import org.potctl.state.statedir.PrivateFiles;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Turns {@code potctl watch}'s option strings into values; a bad one is a usage error (64). */
final class WatchArgs {

  private WatchArgs() {}

  /** {@code --interval}: 500ms, 30s, 5m. */
  static Duration interval(CommandLine cli, String interval) {
    try {
      return Durations.parse(interval);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, "--interval: " + e.getMessage());
    }
  }

  /** {@code --listen HOST:PORT}. */
  static InetSocketAddress listen(CommandLine cli, String listen) {
    int colon = listen.lastIndexOf(':');
    try {
      int port = Integer.parseInt(listen.substring(colon + 1));
      String hostPart = listen.substring(0, Math.max(colon, 0)).replaceAll("^\\[|\\]$", "");
      if (colon < 1 || port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return new InetSocketAddress(hostPart, port);
    } catch (NumberFormatException e) {
      throw new ParameterException(
          cli, "--listen: '" + listen + "' is not HOST:PORT, e.g. 127.0.0.1:9108");
    }
  }

  /**
   * The warning for a {@code --listen} address that is not loopback (the wildcard included), or
   * empty.
   */
  static Optional<String> listenWarning(String given, InetSocketAddress address) {
    if (address.getAddress() != null && address.getAddress().isLoopbackAddress()) {
      return Optional.empty();
    }
    return Optional.of(
        "potctl: warning: --listen "
            + given
            + " is not a loopback address: /healthz, /metrics, /status and the signed /hook,"
            + " /suspend, /resume are reachable from other hosts on "
            + address.getHostString()
            + ":"
            + address.getPort());
  }

  /**
   * {@code --webhook-secret-file}: the secret without trailing newlines; none disables hooks. Like
   * OpenSSH with a private key, a file that group or others may use, or that belongs to another
   * user than this one or root, is refused. A symbolic link is followed and the file it reaches is
   * checked (its owner and mode decide who can read the secret).
   */
  static Signatures signatures(CommandLine cli, Path secretFile) {
    if (secretFile == null) {
      return Signatures.disabled();
    }
    try {
      Optional<String> problem = PrivateFiles.secretProblem(secretFile);
      if (problem.isPresent()) {
        throw new ParameterException(cli, "--webhook-secret-file: " + problem.get());
      }
      byte[] bytes = Files.readAllBytes(secretFile);
      int end = bytes.length;
      while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
        end--;
      }
      return Signatures.withSecret(Arrays.copyOf(bytes, end));
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(
          cli, "--webhook-secret-file: cannot use " + secretFile + ": " + e.getMessage());
    }
  }

  /** {@code --host}, checked; empty for the default host. */
  static Optional<String> host(CommandLine cli, String given) {
    if (given == null) {
      return Optional.empty();
    }
    try {
      HostSpec.parse(given);
      return Optional.of(given);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, e.getMessage());
    }
  }
}
