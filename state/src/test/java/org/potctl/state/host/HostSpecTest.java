package org.potctl.state.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.ProgramRefusedException;

class HostSpecTest {

  @TempDir Path dir;

  @Test
  void localAndSimAreParsed() {
    assertInstanceOf(HostSpec.Local.class, HostSpec.parse("local"));
    HostSpec.Sim sim =
        assertInstanceOf(HostSpec.Sim.class, HostSpec.parse("sim:/tmp/s?latency=1s"));
    assertEquals(Path.of("/tmp/s"), sim.options().dir());
    assertEquals(Duration.ofSeconds(1), sim.options().latency());
    assertEquals("sim", sim.driver());
  }

  @Test
  void badHostsAreRejectedWithAClearMessage() {
    for (String bad :
        new String[] {"", "remote", "sim:", "ssh://", "ssh://root@-h", "sim:/d?x=1"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> HostSpec.parse(bad));
      assertTrue(e.getMessage().length() > 10, e.getMessage());
    }
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> HostSpec.parse("remote"))
            .getMessage()
            .contains("use local, ssh://[user@]host[:port] or sim:DIR"));
  }

  @Test
  void sshAddressesAreParsed() {
    HostSpec.Ssh ssh =
        assertInstanceOf(HostSpec.Ssh.class, HostSpec.parse("ssh://ops@pot1.example.org:2222"));
    assertEquals("ssh", ssh.driver());
    assertEquals("pot1.example.org", ssh.target().host());
    assertEquals("ssh://ops@pot1.example.org:2222", ssh.target().display());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> HostSpec.parse("ssh://h:99999"))
            .getMessage()
            .startsWith("--host ssh://h:99999: ssh port 99999"));
  }

  @Test
  void connectingToAnSshHostDoesNotConnectYet() {
    try (Host host = HostConnector.connect(HostSpec.parse("ssh://nobody@host.invalid:2222"))) {
      assertEquals("ssh", host.driver());
      assertTrue(
          host.banner().startsWith("using pot host ssh://nobody@host.invalid:2222 over ssh"));
    }
  }

  @Test
  void defaultIsLocalOnlyOnFreeBsdWithPotOnThePath() throws Exception {
    Path pot =
        Files.createFile(
            dir.resolve("pot"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    assertInstanceOf(
        HostSpec.Local.class, HostSpec.defaultSpec("FreeBSD", pot.getParent().toString()));
    assertInstanceOf(HostSpec.Sim.class, HostSpec.defaultSpec("FreeBSD", "/nonexistent"));
    HostSpec.Sim sim =
        assertInstanceOf(
            HostSpec.Sim.class, HostSpec.defaultSpec("Linux", pot.getParent().toString()));
    assertTrue(sim.options().dir().endsWith(".potctl/sim"));
  }

  @Test
  void connectingToASimGivesItsRunnerAndBanner() {
    Host host = HostConnector.connect(HostSpec.parse("sim:" + dir + "?latency=5ms"));
    assertEquals("sim", host.driver());
    assertEquals("using simulated pot host at " + dir + " (latency 5ms)", host.banner());
    assertEquals(0, host.runner().run(Command.of("pot", "version")).exitCode());
    assertEquals(dir.toAbsolutePath().normalize().resolve("state"), host.stateDir());
  }

  @Test
  void localHostRunsOnlyPotsProgramsOnThisMachine() {
    Host host = HostConnector.connect(new HostSpec.Local());
    assertEquals("local", host.driver());
    assertTrue(host.banner().startsWith("using local pot host"));
    ProgramRefusedException refused =
        assertThrows(
            ProgramRefusedException.class, () -> host.runner().run(Command.of("echo", "hi")));
    assertTrue(refused.getMessage().contains("program 'echo' is not pot"), refused.getMessage());
    assertEquals(java.nio.file.Path.of("/var/db/potctl"), host.stateDir());
  }
}
