package org.potctl.state.host;

import java.util.Objects;
import org.potctl.state.exec.CommandRunner;

/**
 * A connected host: what every driver runs its commands through.
 *
 * @param driver {@code local} or {@code sim} (the {@code host.driver} of a JSON plan)
 * @param runner the command runner for {@code pot}, {@code zfs}, {@code jls}, {@code pfctl}
 * @param banner one line for stderr naming the host in use, e.g. {@code using simulated pot host at
 *     /x/.potctl/sim}
 */
public record Host(String driver, CommandRunner runner, String banner) {

  public Host {
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(runner, "runner");
    Objects.requireNonNull(banner, "banner");
  }
}
