package org.potctl.state.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.ProgramRefusedException;

class SshRunnerAllowlistTest {

  @Test
  void aProgramOutsideTheListIsRefusedBeforeAnyConnection() {
    // an unroutable target: had the runner tried to connect, this would fail with an
    // SshConnectionException after the connect timeout instead
    try (SshRunner runner = SshRunner.open(SshTarget.parse("nobody@192.0.2.1:1"))) {
      for (Command c :
          new Command[] {
            Command.of("sh", "-c", "id"),
            Command.of("tee", "/etc/rc.conf").withStdin("x"),
            Command.of("pfctl", "-F", "all"),
            Command.of("/tmp/pot", "version")
          }) {
        ProgramRefusedException e =
            assertThrows(ProgramRefusedException.class, () -> runner.run(c));
        assertTrue(e.getMessage().startsWith("refused to run '"), e.getMessage());
      }
      assertEquals(0, runner.remoteCommands(), "nothing was sent");
    }
  }
}
