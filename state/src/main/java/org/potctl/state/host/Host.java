package org.potctl.state.host;

import java.nio.file.Path;
import java.util.Objects;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.sim.SimulatedHost;

/**
 * A connected host: what every driver runs its commands through.
 *
 * @param driver {@code local} or {@code sim} (the {@code host.driver} of a JSON plan)
 * @param runner the command runner for {@code pot}, {@code zfs}, {@code jls}, {@code pfctl}
 * @param banner one line for stderr naming the host in use, e.g. {@code using simulated pot host at
 *     /x/.potctl/sim}
 * @param stateDir potctl's state directory on the host (DESIGN §3.5): lock, journal, inventory;
 *     {@link #LOCAL_STATE_DIR} on a local host, {@code DIR/state} on a simulated one
 */
public record Host(String driver, CommandRunner runner, String banner, Path stateDir) {

  /** The state directory of a local host. */
  public static final Path LOCAL_STATE_DIR = Path.of("/var/db/potctl");

  public Host {
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(runner, "runner");
    Objects.requireNonNull(banner, "banner");
    Objects.requireNonNull(stateDir, "stateDir");
  }

  /**
   * A host whose state directory follows from its runner: {@code DIR/state} for a {@link
   * SimulatedHost}, else {@link #LOCAL_STATE_DIR}.
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
}
