package org.potctl.state.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.potctl.state.StateException;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;

class PotVersionTest {

  private static CommandRunner answering(int code, String stdout) {
    return cmd -> {
      assertEquals("pot version -q", cmd.display());
      return new CommandResult(code, stdout, "", Duration.ZERO);
    };
  }

  @Test
  void zeroSixteenAndLaterAreAccepted() {
    assertEquals("0.16.0", PotVersion.require(answering(0, "0.16.0\n")));
    assertEquals("0.17.2", PotVersion.check("pot version: 0.17.2"));
    assertEquals("1.0", PotVersion.check("1.0"));
  }

  @Test
  void anOlderPotIsRefusedNamingBothVersions() {
    StateException e =
        assertThrows(StateException.class, () -> PotVersion.require(answering(0, "0.15.6\n")));
    assertTrue(e.getMessage().contains("pot 0.15.6 is too old"), e.getMessage());
    assertTrue(e.getMessage().contains("0.16.0 or later"), e.getMessage());
  }

  @Test
  void theGateChecksOnceBeforeTheFirstPotCommandOnly() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    PotVersionGate gate =
        new PotVersionGate(
            cmd -> {
              seen.add(cmd.display());
              return new CommandResult(0, "0.16.0\n", "", Duration.ZERO);
            });
    gate.run(org.potctl.state.exec.Command.of("zfs", "list"));
    gate.run(org.potctl.state.exec.Command.of("pot", "ls"));
    gate.run(org.potctl.state.exec.Command.of("pot", "ls"));
    assertEquals(java.util.List.of("zfs list", "pot version -q", "pot ls", "pot ls"), seen);
  }

  @Test
  void theGateRefusesAnOldPotBeforeRunningIt() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    PotVersionGate gate =
        new PotVersionGate(
            cmd -> {
              seen.add(cmd.display());
              return new CommandResult(0, "0.15.6\n", "", Duration.ZERO);
            });
    assertThrows(
        StateException.class,
        () -> gate.run(org.potctl.state.exec.Command.of("pot", "destroy", "-p", "x")));
    assertEquals(java.util.List.of("pot version -q"), seen);
  }

  @Test
  void noPotOrNoVersionIsRefused() {
    StateException missing =
        assertThrows(StateException.class, () -> PotVersion.require(answering(127, "")));
    assertTrue(missing.getMessage().contains("is pot installed?"), missing.getMessage());
    assertThrows(StateException.class, () -> PotVersion.require(answering(0, "Usage: pot\n")));
  }
}
