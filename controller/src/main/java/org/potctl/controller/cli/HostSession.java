package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.HostObserver;
import org.potctl.state.exec.Command;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.model.HostState;
import org.potctl.state.pot.PotArguments;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.LockHeldException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What adopt, forget, restore and gc share: a connected host under the host lock, observed afresh,
 * whose commands (argv only, through the host's runner) are printed as they run.
 */
final class HostSession implements AutoCloseable {

  private final Host host;
  private final HostLock.Held held;
  private final PrintWriter out;

  private HostSession(Host host, HostLock.Held held, PrintWriter out) {
    this.host = host;
    this.held = held;
    this.out = out;
  }

  /** Connects {@code --host}, prints its banner to {@code err} and takes the lock. */
  static HostSession open(
      CommandLine cli, GlobalOptions global, Duration lockTimeout, String command) {
    return lock(connect(cli, global), lockTimeout, command, cli.getOut());
  }

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
   * Takes the lock of an already connected host; closing the session closes the host too.
   *
   * @throws ApplyRefused when another command holds the lock (names the holder)
   */
  static HostSession lock(Host host, Duration lockTimeout, String command, PrintWriter out) {
    try {
      return new HostSession(host, new HostLock(host.state()).acquire(command, lockTimeout), out);
    } catch (LockHeldException e) {
      host.close();
      throw new ApplyRefused(e.getMessage());
    }
  }

  /** Runs {@code body}; a refusal becomes its reasons on {@code err} and exit 3. */
  static int refusing(PrintWriter err, IntSupplier body) {
    try {
      return body.getAsInt();
    } catch (ApplyRefused refused) {
      refused.reasons().forEach(r -> err.println(r.startsWith(" ") ? r : "potctl: refused: " + r));
      err.println("Nothing was changed.");
      err.flush();
      return ExitCode.REFUSED.code();
    }
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

  /** The host. */
  Host host() {
    return host;
  }

  /** The host as it is now (under the lock). */
  HostState observe() {
    return observe(host);
  }

  /** {@code host} as it is now. */
  static HostState observe(Host host) {
    return HostObserver.create(host.runner(), host.files()).observe();
  }

  /** Prints {@code command} and runs it; a failure throws. */
  void run(Command command) {
    out.println("  " + command.display());
    out.flush();
    host.runner().run(command).requireSuccess(command);
  }

  @Override
  public void close() {
    try {
      held.close();
    } finally {
      host.close();
    }
  }
}
