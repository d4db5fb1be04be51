package org.potctl.state.contract;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/** The host driver contract against the simulated pot host, on every build. */
class SimulatedHostContractTest extends HostDriverContract {

  @TempDir Path dir;

  private SimulatedHost host;

  @BeforeEach
  void newHost() {
    host = new SimulatedHost(SimOptions.of(dir));
  }

  @Override
  protected CommandRunner runner() {
    return host;
  }
}
