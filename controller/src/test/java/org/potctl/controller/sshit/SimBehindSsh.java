package org.potctl.controller.sshit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;

/**
 * A simulated pot host behind a real sshd on loopback: the remote {@code pot}, {@code zfs}, {@code
 * jls}, {@code pfctl} are the simulator's wrappers ({@code state/src/main/dist/sim-bin}) running
 * this build's {@code potctl sim-exec} on {@code dir/sim}.
 */
final class SimBehindSsh implements AutoCloseable {

  static final Path WRAPPERS =
      Path.of("..", "state", "src", "main", "dist", "sim-bin").toAbsolutePath().normalize();

  final Path simDir;
  final LoopbackSshd sshd;

  private SimBehindSsh(Path simDir, LoopbackSshd sshd) {
    this.simDir = simDir;
    this.sshd = sshd;
  }

  static SimBehindSsh start(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path sim = dir.resolve("sim");
    Path launcher = launcher(dir);
    LoopbackSshd sshd =
        LoopbackSshd.start(
            dir.resolve("sshd"),
            Map.of(
                "PATH", WRAPPERS + ":/usr/local/bin:/usr/bin:/bin",
                "POTCTL", launcher.toString(),
                "POTCTL_SIM_DIR", sim.toString()));
    return new SimBehindSsh(sim, sshd);
  }

  /**
   * {@code --host} reaching this simulator over SSH, with the remote state directory the
   * simulator's own ({@code state=SIM/state}), so a local {@code --host sim:SIM} shares it.
   */
  String host() {
    return sshd.hostArgument() + "&state=" + stateDir();
  }

  /** The state directory on the "remote" side: the simulator's. */
  Path stateDir() {
    return simDir.toAbsolutePath().normalize().resolve("state");
  }

  /** The same simulator, in process. */
  SimulatedHost local() {
    return new SimulatedHost(SimOptions.of(simDir));
  }

  /** A launcher running this build's potctl (both paths come from the running JVM). */
  static Path launcher(Path dir) throws Exception {
    Path launcher = dir.resolve("potctl-test");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        launcher,
        "#!/bin/sh\nexec '"
            + java
            + "' -XX:TieredStopAtLevel=1 -Xshare:auto -cp '"
            + System.getProperty("java.class.path")
            + "' org.potctl.controller.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return launcher;
  }

  @Override
  public void close() {
    sshd.close();
  }
}
