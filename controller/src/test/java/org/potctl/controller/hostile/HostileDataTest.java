package org.potctl.controller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Run;

/**
 * The hostile corpus kept as data ({@link HostileDataCase}): each case through {@code validate},
 * {@code plan --host sim:} and {@code apply --yes --host sim:}, each giving exactly the exit code
 * and the error lines the case names (the simulator's directory written {@code SIM}; apply's
 * closing {@code potctl: error:} summary aside), no stack trace, no control character on the
 * terminal, and (when refused) no mutating command on the simulated host.
 *
 * <p>{@code -Dhostile.record=true} rewrites each case's {@code exit:}/{@code error:} lines in the
 * source tree from what {@code validate} prints (review the diff: that is the point of the data).
 * {@code -Dhostile.only=PREFIX,...} runs (or records) only the cases whose {@code GROUP/CASE} name
 * starts with one of the prefixes.
 */
class HostileDataTest {

  private static final boolean RECORD = Boolean.getBoolean("hostile.record");
  private static final Path SOURCE = Path.of("src/test/resources/hostile");
  private static final List<String> ONLY =
      List.of(System.getProperty("hostile.only", "").split(","));

  @TempDir Path tmp;

  @Test
  void theCorpusHoldsEveryKindOfCase() throws Exception {
    List<HostileDataCase> all = HostileDataCase.all(HostileDataCase.root());
    assertTrue(all.size() >= 250, "only " + all.size());
    for (String group :
        List.of(
            "files", "flavour", "attribute", "yaml", "names", "mounts", "strings", "specials")) {
      assertTrue(all.stream().anyMatch(c -> c.name().startsWith(group + "/")), group);
    }
    for (HostileDataCase c : all) {
      assertTrue(RECORD || c.exit() >= 0, c + ": no exit line");
      assertTrue(RECORD || c.exit() == 0 || !c.errors().isEmpty(), c + ": no error line");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseGivesExactlyItsErrorsAndChangesNothing() throws Exception {
    return HostileDataCase.all(HostileDataCase.root()).stream()
        .filter(c -> ONLY.stream().anyMatch(c.name()::startsWith))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private void check(HostileDataCase c) throws Exception {
    Path root = Files.createTempDirectory(tmp, "case");
    Path spec = c.materialise(root);
    Outcome validate = run(c, root, spec, "validate", spec.toString());
    Path sim = root.resolve("sim");
    Outcome plan = run(c, root, spec, "plan", "--host", "sim:" + sim, spec.toString());
    if (RECORD) {
      Files.writeString(
          SOURCE.resolve(c.name()).resolve("case.txt"),
          c.recorded(validate.code(), validate.lines(), plan.code(), plan.lines()));
      return;
    }
    validate.assertIs(c, "validate", c.exit(), c.errors());
    plan.assertIs(c, "plan", c.planExit(), c.planErrors());
    assertEquals(List.of(), HostileApplyTest.mutating(sim), c + ": plan changed the host");
    Path applied = sim;
    Outcome apply =
        run(c, root, spec, "apply", "--yes", "--host", "sim:" + applied, spec.toString());
    if (c.planExit() == 0) {
      // a valid case (an operator's opt-in) may still fail on the simulated host: only no trace
      HostileCorpusTest.assertNoStackTrace(apply.run(), c + " (apply)");
    } else {
      apply.assertIs(c, "apply", c.planExit(), c.planErrors());
    }
    if (c.planExit() != 0) {
      assertEquals(List.of(), HostileApplyTest.mutating(applied), c + ": apply changed the host");
    }
  }

  private record Outcome(int code, List<String> lines, Run run) {
    void assertIs(HostileDataCase c, String command, int exit, List<String> errors) {
      String shown = c + " (" + command + ")\n" + HostileCorpusTest.abbreviate(run.err());
      assertEquals(exit, code, shown);
      assertEquals(errors, lines, shown);
      HostileCorpusTest.assertNoStackTrace(run, shown);
      assertFalse(exit != 0 && lines.isEmpty(), shown);
    }
  }

  private static Outcome run(HostileDataCase c, Path root, Path spec, String... command) {
    List<String> argv = new ArrayList<>(c.args(root));
    argv.addAll(List.of(command));
    Run r = HostileCorpusTest.potctl(argv.toArray(String[]::new));
    List<String> lines =
        r.err()
            .lines()
            .filter(l -> l.contains("error: ") && !l.startsWith("potctl: error: "))
            .map(
                l ->
                    l.replace(spec.toString(), "SPEC")
                        .replace(root.toString() + "/sim", "SIM")
                        .replace(root.toString(), "ROOT"))
            .toList();
    return new Outcome(r.code(), lines, r);
  }
}
