package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * Where pot runs a pot's hooks (start.sh:642-648 before {@code jail -c}, 674-680 after it;
 * stop.sh:46-52 before {@code jail -r}, 138-144 after the clean-up), and only when {@code
 * conf/TYPE.sh} is executable: the simulator records each in {@code commands.log} as {@code hook
 * TYPE PATH} at that point and never runs the script; pot does not check a hook's exit status.
 */
class SimHookRunsTest {

  @TempDir Path dir;

  private Path script(String name, String body) throws Exception {
    Path f = Files.createDirectories(dir.resolve("hooks")).resolve(name);
    Files.writeString(f, "#!/bin/sh\n" + body + "\n");
    f.toFile().setExecutable(true, false);
    return f;
  }

  private List<String> log() throws Exception {
    return Files.readAllLines(dir.resolve("commands.log"));
  }

  private String hook(String type) {
    return "hook " + type + " " + dir.resolve("fsroot/jails/a/conf/" + type + ".sh");
  }

  @Test
  void eachHookIsRecordedWherePotRunsItAndNeverExecuted() throws Exception {
    Path ran = dir.resolve("ran");
    Path touch = script("touch.sh", "touch " + ran + "\nexit 1");
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-t", "single", "-N", "public-bridge");
    sim.ok("pot", "set-hook", "-p", "a", "-s", touch.toString(), "-S", touch.toString());
    sim.ok("pot", "set-hook", "-p", "a", "-t", touch.toString(), "-T", touch.toString());
    int from = log().size();
    CommandResult start = sim.ok("pot", "start", "a");
    List<String> out = start.stdout().lines().toList();
    assertTrue(
        out.indexOf("===>  Executing the pre-start script for the pot a")
                < out.indexOf("===>  Starting the pot a")
            && out.indexOf("a: created")
                < out.indexOf("===>  Executing the post-start script for the pot a"),
        start.stdout());
    assertEquals(
        List.of("pot start a", hook("prestart"), hook("poststart")),
        log().subList(from, log().size()));
    from = log().size();
    sim.ok("pot", "stop", "a");
    assertEquals(
        List.of("pot stop a", hook("prestop"), hook("poststop")),
        log().subList(from, log().size()));
    assertFalse(Files.exists(ran), "the simulator ran a hook on this machine");
    assertFalse(SimulatedHost.mutating(List.of(hook("prestart").split(" "))));
  }

  @Test
  void onlyTheExecutableHooksThatAreSetAreRecorded() throws Exception {
    Path ok = script("ok.sh", "exit 0");
    SimFixture sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "a", "-b", "14.1", "-t", "single");
    sim.ok("pot", "set-hook", "-p", "a", "-s", ok.toString(), "-T", ok.toString());
    dir.resolve("fsroot/jails/a/conf/prestart.sh").toFile().setExecutable(false, false);
    int from = log().size();
    CommandResult start = sim.ok("pot", "start", "a");
    assertFalse(start.stdout().contains("pre-start"), start.stdout());
    sim.ok("pot", "stop", "a");
    assertEquals(
        List.of("pot start a", "pot stop a", hook("poststop")), log().subList(from, log().size()));
  }
}
