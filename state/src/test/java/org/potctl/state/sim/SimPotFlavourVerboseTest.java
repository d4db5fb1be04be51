package org.potctl.state.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.state.exec.CommandResult;

/**
 * create's flavours and option checks as pot 0.16.1 runs them: {@code _exec_flv}'s {@code -v} lines
 * (common-flv.sh:82-152), the checks inside create's and clone's getopts loop made in the order the
 * options come (create.sh:485-585), and {@code _is_flavour}'s rule that a name ending in {@code
 * .sh} names no command file (common-flv.sh:31-46).
 */
class SimPotFlavourVerboseTest {

  @TempDir Path dir;
  private SimFixture sim;
  private Path flavours;

  @BeforeEach
  void setUp() throws IOException {
    sim = new SimFixture(dir).withBase();
    flavours = sim.dir.toAbsolutePath().normalize().resolve("etc/pot/flavours");
    Files.createDirectories(flavours);
    Files.writeString(flavours.resolve("lines"), "set-env -E A=1\n");
    Files.writeString(flavours.resolve("boot.sh"), "#!/bin/sh\nexit 0\n");
  }

  private static List<String> flavourLines(CommandResult r) {
    return r.stdout()
        .lines()
        .filter(
            l ->
                l.matches(
                    "=====>  (Flavour|Executing|Starting .* bootstrap|Setting pot|Reverting pot"
                        + "|No shell script|Looking in).*"))
        .toList();
  }

  private List<String> out(CommandResult r) {
    return r.stdout().lines().map(l -> l.replace(flavours.toString(), "$FLV")).toList();
  }

  @Test
  void eachFlavourNamesItsCommandsAndItsScriptAtVerbosityTwo() {
    CommandResult r =
        sim.ok(
            "pot", "create", "-v", "-p", "a", "-b", "14.1", "-t", "single", "-f", "lines", "-f",
            "boot");
    assertEquals(
        List.of(
            "=====>  Flavour: lines",
            "=====>  Executing lines pot commands on a",
            "=====>  No shell script available for the flavour lines",
            "=====>  Flavour: boot",
            "=====>  Starting a pot for the initial bootstrap",
            "=====>  Executing boot script on a"),
        flavourLines(r));
    assertEquals(
        List.of(), flavourLines(sim.ok("pot", "create", "-p", "b", "-b", "14.1", "-f", "lines")));
  }

  @Test
  void aNonPersistentPotIsMadePersistentForItsBootstrapAndBackAfter() throws IOException {
    Files.writeString(flavours.resolve("boot"), "set-attribute -A persistent -V NO\n");
    CommandResult r =
        sim.ok("pot", "create", "-v", "-p", "a", "-b", "14.1", "-t", "single", "-f", "boot");
    assertEquals(
        List.of(
            "=====>  Flavour: boot",
            "=====>  Executing boot pot commands on a",
            "=====>  Starting a pot for the initial bootstrap",
            "=====>  Setting pot a temporarily to persistent",
            "=====>  Executing boot script on a",
            "=====>  Reverting pot a to non-persistent"),
        flavourLines(r));
    assertEquals(List.of("pot.attr.persistent=NO"), sim.potConfLines("a", "pot.attr.persistent"));
  }

  @Test
  void aMissingFlavourNamesTheFlavourDirectoryOnlyAfterAV() {
    CommandResult before = sim.run("pot", "create", "-v", "-p", "a", "-b", "14.1", "-f", "nosuch");
    assertEquals(1, before.exitCode());
    assertEquals(
        List.of("###>  Flavour nosuch not found", "=====>  Looking in the flavour dir $FLV"),
        out(before));
    CommandResult after = sim.run("pot", "create", "-p", "a", "-b", "14.1", "-f", "nosuch", "-v");
    assertEquals(List.of("###>  Flavour nosuch not found"), out(after));
    // a name ending in .sh names a script NAME.sh, never a command file: boot.sh is no flavour
    CommandResult sh = sim.run("pot", "create", "-p", "a", "-b", "14.1", "-f", "boot.sh");
    assertEquals(List.of("###>  Flavour boot.sh not found"), out(sh));
  }

  @Test
  void theFirstBadOptionIsTheOneReportedEvenBeforeAnIllegalOne() {
    assertEquals(
        "###>  Type weird not supported",
        out(sim.run("pot", "create", "-p", "a", "-t", "weird", "-N", "nonsense")).get(0));
    assertEquals(
        "###>  Network type nonsense not recognized",
        out(sim.run("pot", "create", "-p", "a", "-N", "nonsense", "-t", "weird")).get(0));
    assertEquals(
        "###>  Network stack ipv5 not valid",
        out(sim.run("pot", "create", "-S", "ipv5", "-x")).get(0));
    assertEquals(
        List.of("###>  a.b is not a valid name for a pot ('.' is the only character not allowed)"),
        out(sim.run("pot", "create", "-p", "a.b", "-p", "a", "-b", "14.1")));
    assertEquals(
        "###>  'x' is not a valid dns option",
        out(sim.run("pot", "clone", "-d", "x", "-N", "nonsense", "-p", "c", "-P", "a")).get(0));
  }
}
