package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimOptionsTest {

  @Test
  void plainDirectoryHasNoLatencyFailureOrRealZfs() {
    SimOptions o = SimOptions.parse("/tmp/sim");
    assertEquals(Path.of("/tmp/sim"), o.dir());
    assertEquals(Duration.ZERO, o.latency());
    assertTrue(o.fail().isEmpty());
    assertEquals(Optional.empty(), o.realZfsPool());
  }

  @Test
  void relativeDirectoryIsMadeAbsolute() {
    assertTrue(SimOptions.parse(".potctl/sim").dir().isAbsolute());
  }

  @Test
  void queryCarriesLatencyFailAndRealPool() {
    SimOptions o = SimOptions.parse("/d?latency=300ms&fail=pot%20start&zfs=real:tank");
    assertEquals(Duration.ofMillis(300), o.latency());
    assertEquals("pot start", o.fail().orElseThrow().pattern());
    assertEquals(Optional.of("tank"), o.realZfsPool());
  }

  @Test
  void latencyUnitsAreMillisecondsSecondsMinutes() {
    assertEquals(Duration.ofSeconds(2), SimOptions.parse("/d?latency=2s").latency());
    assertEquals(Duration.ofMinutes(1), SimOptions.parse("/d?latency=1m").latency());
    assertEquals(Duration.ofMillis(15), SimOptions.parse("/d?latency=15").latency());
  }

  @Test
  void badInputIsRejectedWithAClearMessage() {
    assertMessage("", "needs a directory");
    assertMessage("/d?latency=fast", "latency 'fast'");
    assertMessage("/d?fail=(", "is not a regex");
    assertMessage("/d?zfs=tank", "must be real:POOL");
    assertMessage("/d?colour=red", "unknown sim host option 'colour'");
    assertMessage("/d?latency", "is not KEY=VALUE");
  }

  private static void assertMessage(String spec, String fragment) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SimOptions.parse(spec));
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
