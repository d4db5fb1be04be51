package org.potctl.state.host;

import java.nio.file.Path;
import java.util.Objects;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.files.HostFiles;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.statedir.StateStore;

/**
 * A connected host: what every driver runs its commands through and reads pot's files with. Close
 * it when done: an SSH host then ends its connection (closing a local or simulated host does
 * nothing).
 *
 * @param driver {@code local}, {@code sim} or {@code ssh} (the {@code host.driver} of a JSON plan)
 * @param runner the command runner for {@code pot}, {@code zfs}, {@code jls}, {@code pfctl}
 * @param banner one line for stderr naming the host in use, e.g. {@code using simulated pot host at
 *     /x/.potctl/sim}
 * @param stateDir potctl's state directory (DESIGN §3.5) when it is on this machine: {@link
 *     #LOCAL_STATE_DIR} on a local host, {@code DIR/state} on a simulated one; an SSH host's is on
 *     the remote host, reached only through {@link #state()}
 * @param files the host's files (this machine's for {@code local} and {@code sim})
 * @param state the state directory wherever it is (lock, journal, inventory): use it with {@code
 *     new HostLock(host.state())}, {@code Journal.start(host.state(), …)}, {@code new
 *     JournalReader(host.state())}, {@code new Inventory(host.state())}
 */
public record Host(
    String driver,
    CommandRunner runner,
    String banner,
    Path stateDir,
    HostFiles files,
    StateStore state)
    implements AutoCloseable {

  /** The SSH runner of an SSH host (behind its pot version check), else empty. */
  public java.util.Optional<org.potctl.state.ssh.SshRunner> sshRunner() {
    CommandRunner r = runner instanceof PotVersionGate g ? g.inner() : runner;
    return r instanceof org.potctl.state.ssh.SshRunner ssh
        ? java.util.Optional.of(ssh)
        : java.util.Optional.empty();
  }

  /** The state directory of a local host. */
  public static final Path LOCAL_STATE_DIR = Path.of("/var/db/potctl");

  public Host {
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(runner, "runner");
    Objects.requireNonNull(banner, "banner");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(state, "state");
  }

  /** A host whose state directory is {@code stateDir} on this machine. */
  public Host(String driver, CommandRunner runner, String banner, Path stateDir, HostFiles files) {
    this(driver, runner, banner, stateDir, files, StateStore.local(stateDir));
  }

  /**
   * The state directory on this machine.
   *
   * @throws UnsupportedOperationException for an SSH host, whose state directory is remote: use
   *     {@link #state()}
   */
  @Override
  public Path stateDir() {
    if (driver.equals("ssh")) {
      throw new UnsupportedOperationException(
          "the state directory of an ssh host is on that host (" + state.location() + ")");
    }
    return stateDir;
  }

  /** A host whose files are this machine's ({@code local}, {@code sim}). */
  public Host(String driver, CommandRunner runner, String banner, Path stateDir) {
    this(driver, runner, banner, stateDir, HostFiles.local());
  }

  /**
   * A host whose state directory follows from its runner: {@code DIR/state} for a {@link
   * SimulatedHost}, else {@link #LOCAL_STATE_DIR}; its files are this machine's.
   */
  public Host(String driver, CommandRunner runner, String banner) {
    this(driver, runner, banner, defaultStateDir(runner));
  }

  /** The state directory a host with this runner has: {@code DIR/state} for a simulated host. */
  public static Path defaultStateDir(CommandRunner runner) {
    if (runner instanceof SimulatedHost sim) {
      return sim.options().dir().toAbsolutePath().normalize().resolve("state");
    }
    return LOCAL_STATE_DIR;
  }

  /** Ends the connection of a runner that holds one (SSH); otherwise does nothing. */
  @Override
  public void close() {
    if (runner instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("cannot close " + driver + " host: " + e.getMessage(), e);
      }
    }
  }
}
