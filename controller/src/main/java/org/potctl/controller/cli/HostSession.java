package org.potctl.controller.cli;

import java.util.Optional;
import java.util.Set;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.pot.PotArguments;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What adopt, forget, restore and gc share on the command line: resource addresses, and the
 * read-only host connection of {@code restore --list}. Every change they make goes through {@link
 * org.potctl.controller.Engine#change}.
 */
final class HostSession {

  private HostSession() {}

  /** Connects {@code --host} (without the lock) and prints its banner to {@code err}. */
  static Host connect(CommandLine cli, GlobalOptions global) {
    HostSpec spec;
    try {
      spec =
          Optional.ofNullable(global.host()).map(HostSpec::parse).orElseGet(HostSpec::defaultSpec);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, e.getMessage());
    }
    Host host = HostConnector.connect(spec);
    cli.getErr().println(host.banner());
    cli.getErr().flush();
    return host;
  }

  /**
   * A resource address from the command line, of one of {@code kinds} and with a valid name; else a
   * usage error (exit 64).
   */
  static ResourceAddress address(CommandLine cli, String text, Set<ResourceKind> kinds) {
    ResourceAddress address;
    try {
      address = ResourceAddress.parse(text);
      PotArguments.name(address.kind().prefix(), address.name());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          cli,
          "'"
              + text
              + "' is not a resource address such as pot.web or fscomp.data ("
              + e.getMessage()
              + ")");
    }
    if (!kinds.contains(address.kind())) {
      throw new ParameterException(
          cli,
          "'"
              + text
              + "': only "
              + kinds.stream().map(k -> k.prefix() + ".NAME").sorted().toList()
              + " addresses are accepted here");
    }
    return address;
  }

  /** {@code host} as it is now. */
  static HostState observe(Host host) {
    return HostObserver.create(host.runner(), host.files()).observe();
  }
}
