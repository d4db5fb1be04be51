package org.potctl.controller.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.potctl.controller.watch.Durations;
import org.potctl.controller.watch.Signatures;
import org.potctl.state.host.HostSpec;
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

  /** {@code --webhook-secret-file}: the secret without trailing newlines; none disables hooks. */
  static Signatures signatures(CommandLine cli, Path secretFile) {
    if (secretFile == null) {
      return Signatures.disabled();
    }
    try {
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
