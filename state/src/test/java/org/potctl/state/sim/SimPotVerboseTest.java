package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pot's verbosity: each {@code -v} raises it, {@code _debug} lines ({@code =====>}) need two, and a
 * command of the global lock run from another command is a new pot process with its own (pot
 * 0.16.1's common.sh {@code _msg} and {@code pot-cmd}).
 */
class SimPotVerboseTest {

  @TempDir Path dir;
  private SimFixture sim;

  @BeforeEach
  void setUp() {
    sim = new SimFixture(dir).withBase();
  }

  private static List<String> debugLines(String stdout) {
    return stdout.lines().filter(l -> l.startsWith("=====>  ")).toList();
  }

  @Test
  void renameOfASinglePotPrintsRenameShsDebugLinesOnlyWithV() {
    sim.ok("pot", "create", "-p", "s1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "create", "-p", "s3", "-b", "14.1", "-t", "single");
    assertEquals(List.of(), debugLines(sim.ok("pot", "rename", "-p", "s3", "-n", "s4").stdout()));
    assertEquals(
        List.of(
            "=====>  Preparing zroot/pot/jails/s1/m",
            "=====>  Preparing zroot/pot/jails/s1",
            "=====>  Renaming zroot/pot/jails/s1 in zroot/pot/jails/s2",
            "=====>  Mount zroot/pot/jails/s2"),
        debugLines(sim.ok("pot", "rename", "-v", "-p", "s1", "-n", "s2").stdout()));
  }

  @Test
  void renameOfAMultiPotPreparesItsChildrenFirst() {
    sim.ok("pot", "create", "-p", "m1", "-b", "14.1");
    assertEquals(
        List.of(
            "=====>  Preparing zroot/pot/jails/m1/usr.local",
            "=====>  Preparing zroot/pot/jails/m1/custom",
            "=====>  Preparing zroot/pot/jails/m1",
            "=====>  Renaming zroot/pot/jails/m1 in zroot/pot/jails/m2",
            "=====>  Mount zroot/pot/jails/m2"),
        debugLines(sim.ok("pot", "rename", "-v", "-p", "m1", "-n", "m2").stdout()));
  }

  @Test
  void createBasesNestedCreateRunsUnderLockfWithVerbosityOne() {
    String out = sim.ok("pot", "create-base", "-v", "-r", "13.2").stdout();
    // the nested pot create (a new process under lockf) prints its ===> lines, none of =====>
    assertTrue(out.contains("===>  Creating a new pot\n"), out);
    assertEquals(
        List.of(
            "=====>  Taking a snapshot fo base-13_2",
            "=====>  Take snapshot of the full base-13_2"),
        debugLines(out).stream()
            .filter(l -> l.contains("napshot fo") || l.contains("of the full"))
            .toList());
    assertTrue(
        debugLines(out).stream().allMatch(l -> !l.contains("Cloning") && !l.contains("Clone")),
        out);
  }

  @Test
  void debugLinesNeedTheV() {
    String plain = sim.ok("pot", "create-fscomp", "-f", "d1").stdout();
    String twice = sim.ok("pot", "snapshot", "-v", "-f", "d1").stdout();
    assertEquals(List.of(), debugLines(plain));
    assertEquals(List.of("=====>  Take snapshot of d1"), debugLines(twice));
  }
}
