package org.potctl.state.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SshTargetTest {

  @Test
  void parsesUserHostAndPort() {
    SshTarget t = SshTarget.parse("ops@pot1.example.org:2222");
    assertEquals(Optional.of("ops"), t.user());
    assertEquals("pot1.example.org", t.host());
    assertEquals(OptionalInt.of(2222), t.port());
    assertEquals(List.of("-l", "ops", "-p", "2222"), t.clientOptions());
    assertEquals("ssh://ops@pot1.example.org:2222", t.display());
  }

  @Test
  void hostAloneLeavesTheRestToTheClientConfiguration() {
    SshTarget t = SshTarget.parse("pot1/");
    assertEquals("pot1", t.host());
    assertEquals(List.of(), t.clientOptions());
    assertEquals("ssh://pot1", t.display());
  }

  @Test
  void parsesBracketedIpv6AndConfigFile() {
    SshTarget t = SshTarget.parse("root@[::1]:22?config=/tmp/x/ssh_config");
    assertEquals("::1", t.host());
    assertEquals(Optional.of(Path.of("/tmp/x/ssh_config")), t.config());
    assertEquals(List.of("-F", "/tmp/x/ssh_config", "-l", "root", "-p", "22"), t.clientOptions());
    assertEquals("ssh://root@[::1]:22", t.display());
  }

  /**
   * The client starts in {@code /} like every program, so a relative config names the same file.
   */
  @Test
  void aRelativeConfigFileIsTakenFromTheWorkingDirectory() {
    SshTarget t = SshTarget.parse("h?config=conf/ssh_config");
    Path expected = Path.of("conf/ssh_config").toAbsolutePath();
    assertEquals(Optional.of(expected), t.config());
    assertEquals(List.of("-F", expected.toString()), t.clientOptions());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-oProxyCommand=touch%20x",
        "host:0",
        "host:70000",
        "host:ssh",
        "-l@host",
        "us er@host",
        "host;id",
        "host?latency=5ms",
        "host?config=",
        "a@b@c"
      })
  void refusesWhatIsNotAnAddress(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SshTarget.parse(text));
    assertTrue(!e.getMessage().isBlank());
  }
}
