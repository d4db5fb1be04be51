package org.potctl.state.host;

import java.nio.file.Path;
import org.potctl.state.exec.AllowlistedRunner;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.exec.ProcessCommandRunner;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.ssh.SshHostFiles;
import org.potctl.state.ssh.SshRunner;
import org.potctl.state.ssh.SshStateStore;

/** Turns a {@link HostSpec} into a {@link Host}. */
public final class HostConnector {

  private HostConnector() {}

  /**
   * Connects to the host {@code spec} names. An SSH host connects on its first command; close the
   * returned host to end the connection. On a local or SSH host the first {@code pot} command is
   * preceded by the pot version check ({@link PotVersion}: a missing or too old pot fails it with a
   * {@link org.potctl.state.StateException}); the simulated host is pot 0.16.0 by construction.
   */
  public static Host connect(HostSpec spec) {
    if (spec instanceof HostSpec.Ssh ssh) {
      SshRunner runner = SshRunner.open(ssh.target());
      return new Host(
          "ssh",
          new PotVersionGate(runner),
          "using pot host "
              + ssh.target().display()
              + " over ssh (pot, zfs, jls, pfctl on that host; one multiplexed connection)",
          Path.of(ssh.target().remoteStateDir()),
          new SshHostFiles(runner),
          new SshStateStore(runner, ssh.target().remoteStateDir()));
    }
    if (spec instanceof HostSpec.Sim sim) {
      SimulatedHost runner = new SimulatedHost(sim.options());
      return new Host("sim", runner, banner(sim.options()), Host.defaultStateDir(runner));
    }
    return new Host(
        "local",
        new PotVersionGate(localRunner()),
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
    return new AllowlistedRunner(new ProcessCommandRunner());
  }
}
