package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimHaltTest {

  @TempDir Path dir;

  @Test
  void parsesBeforeAndMiddle() {
    assertEquals(new SimHalt(3, false), SimHalt.parse("3"));
    assertEquals(new SimHalt(12, true), SimHalt.parse("12:mid"));
    assertEquals(
        new SimHalt(2, true), SimOptions.parse(dir + "?latency=5ms&halt=2:mid").halt().get());
    for (String bad : List.of("0", "-1", "x", "3:end", "")) {
      assertThrows(IllegalArgumentException.class, () -> SimHalt.parse(bad), bad);
    }
    var e = assertThrows(IllegalArgumentException.class, () -> SimOptions.parse(dir + "?halt=mid"));
    assertTrue(e.getMessage().contains("N:mid"), e.getMessage());
  }

  /** Runs the commands in a child JVM on {@code sim:DIR?OPTIONS}; returns its exit status. */
  private int child(String options, String... commands) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> argv =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HaltMain.class.getName(),
                "sim:" + dir + "?" + options));
    argv.addAll(List.of(commands));
    Process p =
        new ProcessBuilder(argv)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child ends");
    return p.exitValue();
  }

  @Test
  void beforeCommandNTheProcessDiesAndCommandNNeverRuns() throws Exception {
    int status =
        child(
            "halt=2",
            "zfs list",
            "pot create-fscomp -f a",
            "jls",
            "pot create-fscomp -f b",
            "pot create-fscomp -f c");
    assertEquals(137, status);
    SimFixture sim = new SimFixture(dir);
    assertTrue(sim.run("zfs", "list", "zroot/pot/fscomp/a").succeeded());
    assertFalse(sim.run("zfs", "list", "zroot/pot/fscomp/b").succeeded());
    List<String> log = Files.readAllLines(dir.resolve("commands.log"));
    assertEquals(
        List.of("zfs list", "pot create-fscomp -f a", "jls"), log.subList(0, 3), "b never ran");
  }

  @Test
  void inTheMiddleOfPotCreateTheDatasetExistsWithoutPotConf() throws Exception {
    int status = child("halt=1:mid", "pot create -p web -b 14.1 -t single");
    assertEquals(137, status);
    SimFixture sim = new SimFixture(dir);
    assertTrue(sim.run("zfs", "list", "zroot/pot/jails/web/m").succeeded());
    assertFalse(
        Files.exists(sim.host.fsRoot().resolve("jails/web/conf/pot.conf")), "no pot.conf yet");
    assertEquals(
        1, sim.run("pot", "info", "-p", "web").exitCode(), "pot does not see a pot (_is_pot)");
  }

  @Test
  void inTheMiddleOfAnotherCommandItTookEffect() throws Exception {
    int status = child("halt=1:mid", "pot create-fscomp -f a", "pot create-fscomp -f b");
    assertEquals(137, status);
    SimFixture sim = new SimFixture(dir);
    assertTrue(sim.run("zfs", "list", "zroot/pot/fscomp/a").succeeded());
    assertFalse(sim.run("zfs", "list", "zroot/pot/fscomp/b").succeeded());
  }
}
