package org.potctl.state.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.sim.SimHostFs;
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

  /** The simulated host's directories live in its own tree ({@code DIR/hostfs}). */
  @Override
  protected Path newHostDirectory() throws IOException {
    Path hostPath = Path.of("/srv/contract-" + System.nanoTime());
    Files.createDirectories(SimHostFs.of(dir).onDisk(hostPath));
    return hostPath;
  }

  @Override
  protected void deleteHostDirectory(Path hostPath) throws IOException {
    Files.deleteIfExists(SimHostFs.of(dir).onDisk(hostPath));
  }
}
