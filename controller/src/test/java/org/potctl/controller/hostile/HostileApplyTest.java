package org.potctl.controller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;
import org.potctl.state.sim.SimulatedHost;

/**
 * The hostile corpus through {@code potctl apply --yes --host sim:DIR}: each is refused with exit 1
 * and a located error, and the simulated host's {@code commands.log} holds no mutating command (and
 * no program other than pot, zfs, jls, pfctl and ifconfig -a).
 */
class HostileApplyTest {

  private static final Set<String> PROGRAMS = Set.of("pot", "zfs", "jls", "pfctl", "ifconfig");

  @TempDir Path tmp;

  @Test
  void theBaseSpecDoesMutateTheSimulatorSoTheCheckBelowCanFail() throws Exception {
    HostileCase base = HostileCorpus.valid();
    Path dir = Files.createTempDirectory(tmp, "valid");
    base.writeTo(dir);
    Path sim = tmp.resolve("sim-valid");
    Run r = HostileCorpusTest.potctl("apply", "--yes", "--host", "sim:" + sim, dir.toString());
    assertTrue(mutating(sim).size() > 0, r.err());
  }

  @TestFactory
  Stream<DynamicTest> noHostileSpecMutatesTheSimulatedHost() {
    return HostileCorpus.all().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      Path dir = Files.createTempDirectory(tmp, "case");
                      c.writeTo(dir);
                      Path sim = Files.createTempDirectory(tmp, "sim");
                      Run r =
                          HostileCorpusTest.potctl(
                              "apply", "--yes", "--host", "sim:" + sim, dir.toString());
                      String shown = c.name() + "\n" + HostileCorpusTest.abbreviate(r.err());
                      assertEquals(1, r.code(), shown);
                      Pattern located =
                          Pattern.compile(
                              "(?m)^"
                                  + Pattern.quote(dir.toString())
                                  + "/[^:\n]+:[0-9]+:[0-9]+: error: ");
                      assertTrue(located.matcher(r.err()).find(), shown);
                      HostileCorpusTest.assertNoStackTrace(r, shown);
                      assertEquals(List.of(), mutating(sim), shown);
                      c.removeLinks(dir);
                    }));
  }

  /** The lines of {@code sim}'s commands.log that mutate or run an unknown program. */
  static List<String> mutating(Path sim) throws Exception {
    Path log = sim.resolve("commands.log");
    if (!Files.exists(log)) {
      return List.of();
    }
    return Files.readAllLines(log).stream()
        .filter(
            line -> {
              List<String> argv = Arrays.asList(line.split(" "));
              return !PROGRAMS.contains(argv.get(0)) || SimulatedHost.mutating(argv);
            })
        .toList();
  }
}
