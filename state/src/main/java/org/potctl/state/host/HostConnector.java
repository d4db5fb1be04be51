package org.potctl.state.host;

import org.potctl.state.exec.CommandRunner;
import org.potctl.state.exec.ProcessCommandRunner;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/** Turns a {@link HostSpec} into a {@link Host}. */
public final class HostConnector {

  private HostConnector() {}

  /** Connects to the host {@code spec} names. */
  public static Host connect(HostSpec spec) {
    if (spec instanceof HostSpec.Sim sim) {
      SimulatedHost runner = new SimulatedHost(sim.options());
      return new Host("sim", runner, banner(sim.options()), Host.defaultStateDir(runner));
    }
    return new Host(
        "local",
        localRunner(),
        "using local pot host (pot, zfs, jls, pfctl on this machine)",
        Host.LOCAL_STATE_DIR);
  }

  static String banner(SimOptions o) {
    StringBuilder b = new StringBuilder("using simulated pot host at ").append(o.dir());
    o.realZfsPool().ifPresent(p -> b.append(" (zfs on real pool ").append(p).append(')'));
    if (!o.latency().isZero()) {
      b.append(" (latency ").append(o.latency().toMillis()).append("ms)");
    }
    o.fail()
        .ifPresent(f -> b.append(" (failing commands matching /").append(f.pattern()).append("/)"));
    return b.toString();
  }

  private static CommandRunner localRunner() {
    return new ProcessCommandRunner();
  }
}
