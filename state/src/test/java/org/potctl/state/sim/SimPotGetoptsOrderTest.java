package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * pot's commands check some values inside their getopts loop (pot 0.16.1: set-env.sh:48-56,
 * set-hosts.sh:48-74, export-ports.sh:59-64, export.sh:137-153, import.sh:185-190, exec.sh:101-108,
 * create-base.sh:123-137, set-status.sh:86-93, snapshot.sh / revert.sh / purge-snapshots.sh's
 * {@code -p|-f are exclusive}, list.sh:162-209): the bad value is reported where it stands, before
 * the complaint of an illegal option after it, and the first of two bad values is the one.
 */
class SimPotGetoptsOrderTest {

  @TempDir java.nio.file.Path dir;
  private SimFixture sim;

  @BeforeEach
  void setUp() {
    sim = new SimFixture(dir).withBase();
    sim.ok("pot", "create", "-p", "s1", "-b", "14.1", "-t", "single");
    sim.ok("pot", "create-fscomp", "-f", "data");
  }

  /** The exit status and the first line of what pot prints. */
  private String first(String... argv) {
    CommandResult r = sim.run(argv);
    return r.exitCode() + " " + r.stdout().lines().findFirst().orElse("");
  }

  @Test
  void aBadValueIsReportedBeforeALaterIllegalOption() {
    assertEquals(
        "1 ###>  bad not in a valid form", first("pot", "set-env", "-p", "s1", "-E", "bad", "-x"));
    assertEquals(
        "1 ###>  bad not in a valid form",
        first("pot", "set-hosts", "-p", "s1", "-H", "bad", "-x"));
    assertEquals(
        "1 ###>  bad is not a valid port number",
        first("pot", "export-ports", "-p", "s1", "-e", "bad", "-x"));
    assertEquals(
        "1 ###>  bad not in a valid form", first("pot", "exec", "-p", "s1", "-e", "bad", "-x"));
    assertEquals("1 ###>  Argument of -U cannot be empty", first("pot", "import", "-U", "", "-x"));
    assertEquals(
        "1 ###>  99.9 is not a supported release", first("pot", "create-base", "-r", "99.9", "-x"));
    assertEquals(
        "1 ###>  /nonexistent is not a directory",
        first("pot", "export", "-p", "s1", "-D", "/nonexistent", "-x"));
    assertEquals(
        List.of("###>  bogus is not a valid status"),
        sim.run("pot", "set-status", "-p", "s1", "-s", "bogus", "-x")
            .stdout()
            .lines()
            .limit(1)
            .toList());
  }

  @Test
  void theFirstOfTwoBadValuesIsTheOne() {
    assertEquals(
        "1 ###>  x is an invalid compression level",
        first("pot", "export", "-l", "x", "-D", "/nonexistent"));
    assertEquals(
        "1 ###>  /nonexistent is not a directory",
        first("pot", "export", "-D", "/nonexistent", "-l", "x"));
    assertEquals(
        "1 ###>  Submitted ip bad is not a valid one",
        first("pot", "set-hosts", "-p", "s1", "-H", "a:1.2.3.4", "-H", "b:bad"));
    assertEquals(
        "1 ###>  14.1 is already a base", first("pot", "create-base", "-b", "14.1", "-r", "99.9"));
  }

  @Test
  void exclusiveOptionsAreRefusedWhereTheSecondStandsEvenTwiceTheSame() {
    assertEquals("1 ###>  -p|-f are exclusive", first("pot", "snapshot", "-p", "s1", "-p", "s1"));
    assertEquals(
        "1 ###>  -p|-f are exclusive", first("pot", "revert", "-f", "data", "-p", "s1", "-x"));
    assertEquals(
        "1 ###>  -p|-f are exclusive", first("pot", "purge-snapshots", "-p", "s1", "-f", "data"));
    assertEquals(
        "1 ###>  Options -b -p -f -F -B -a are mutually exclusive",
        first("pot", "ls", "-b", "-p", "-x"));
    // an illegal option first: getopts' complaint, nothing else
    assertEquals(
        0,
        sim.run("pot", "ls", "-x", "-b", "-p")
            .stdout()
            .lines()
            .filter(l -> l.contains("###>"))
            .count());
  }
}
