package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.potctl.controller.testkit.ExampleImages;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.exec.Command;
import org.potctl.state.model.Fingerprints;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.JournalReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApplyCommandTest {

  static final Path EXAMPLES = Path.of("..", "examples", "potfiles");

  @TempDir Path sim;

  @TempDir Path work;

  private Run potctlOn(String host, String... args) {
    List<String> all = new ArrayList<>(List.of("--host", host));
    all.addAll(List.of(args));
    return Potctl.bare(all.toArray(String[]::new));
  }

  private Run potctl(String... args) {
    return potctlOn("sim:" + sim, args);
  }

  static Stream<String> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(EXAMPLES)) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /**
   * The example's directory, with its host-directory mounts ({@code dir: /srv/...}) made on the
   * simulated host, in its tree {@code DIR/hostfs} (the simulator never makes one itself).
   */
  private Path withHostDirs(String example) throws IOException {
    Path spec = EXAMPLES.resolve(example).toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(spec)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Matcher m = Pattern.compile("dir: *([^,}\\s]+)").matcher(Files.readString(f));
        while (m.find()) {
          Files.createDirectories(sim.resolve("hostfs").resolve(m.group(1).substring(1)));
        }
      }
    }
    return spec;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExamplePlansChangesAppliesAndThenPlansNothing(String example) throws IOException {
    String dir = withHostDirs(example).toString();
    ExampleImages.build(Path.of(dir), sim);
    // everyday's hooks need the operator's opt-in (HooksTest: refused without it)
    Run before = potctl("--allow-hooks", "plan", dir, "--detailed-exitcode");
    assertEquals(2, before.code(), before.out() + before.err());
    Run apply = potctl("--allow-hooks", "apply", dir, "--yes");
    assertEquals(0, apply.code(), apply.out() + apply.err());
    assertTrue(apply.out().contains("\nApply complete: "), apply.out());
    assertTrue(
        apply.out().matches("(?s).*\\[1/\\d+\\] \\S+: done in \\d+\\.\\ds\n.*"), apply.out());
    assertFalse(apply.out().contains("\r"), "progress line on a pipe");
    Run after = potctl("--allow-hooks", "plan", dir, "--detailed-exitcode");
    assertEquals(0, after.code(), after.out() + after.err());
  }

  @Test
  void aSecondApplyIsRefusedWhileTheHostLockIsHeldAndNamesTheHolder() throws IOException {
    String dir = copyOf("web-single").toString();
    try (HostLock.Held held =
        new HostLock(sim.resolve("state")).acquire("potctl apply other", Duration.ZERO)) {
      Run refused = potctl("apply", dir, "--yes");
      assertEquals(3, refused.code(), refused.out() + refused.err());
      assertTrue(refused.err().contains("potctl apply other"), refused.err());
      assertOnlyReadsSince(0);
      assertNotNull(held.holder());
    }
    Run apply = potctl("apply", dir, "--yes", "--lock-timeout", "5s");
    assertEquals(0, apply.code(), apply.out() + apply.err());
  }

  @Test
  void aDirMountWhoseSymlinkLeadsOutsideTheAllowedRootsIsRefusedAtPlanTime() throws IOException {
    // on the simulated host's own tree: /allowed/escape -> /outside (an absolute target there)
    Path hostfs = sim.resolve("hostfs");
    Path root = Files.createDirectories(hostfs.resolve("allowed"));
    Files.createDirectories(hostfs.resolve("outside"));
    Files.createSymbolicLink(root.resolve("escape"), Path.of("/outside"));
    Path dir = Files.createDirectories(work.resolve("spec"));
    Files.writeString(
        dir.resolve("pots.yaml"),
        "version: 1\npots:\n  web:\n    base: \"14.1\"\n    mounts:\n"
            + "      - {dir: /allowed/escape, at: /data}\n");
    Run apply = potctl("--allow-host-dir=/allowed", "apply", dir.toString(), "--yes");
    assertEquals(1, apply.code(), apply.out() + apply.err());
    assertTrue(apply.err().contains("pots.yaml:6:15: error: pots.web.mounts[0].dir"), apply.err());
    assertTrue(apply.err().contains("outside"), apply.err());
    assertOnlyReadsSince(0);
  }

  @Test
  void anApplyWritesItsJournal() throws IOException {
    String dir = copyOf("web-single").toString();
    assertEquals(0, potctl("apply", dir, "--yes").code());
    JournalReader journals = new JournalReader(sim.resolve("state"));
    assertEquals(1, journals.applyIds().size());
    assertTrue(journals.last().orElseThrow().unfinishedSteps().isEmpty());
  }

  private String simTree() throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> files = Files.walk(sim)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        if (!f.getFileName().toString().equals("commands.log")) {
          b.append(sim.relativize(f))
              .append(' ')
              .append(Fingerprints.sha256(Files.readAllBytes(f)))
              .append('\n');
        }
      }
    }
    return b.toString();
  }

  private List<String> log() throws IOException {
    Path log = sim.resolve("commands.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private void assertOnlyReadsSince(int from) throws IOException {
    List<String> lines = log();
    for (String line : lines.subList(from, lines.size())) {
      assertFalse(
          SimulatedHost.mutating(List.of(line.split(" "))), "mutating command ran: " + line);
    }
  }

  /** Two pots, web depending on db, and an independent fscomp. */
  private Path stack() throws IOException {
    Path dir = Files.createDirectories(work.resolve("stack"));
    Files.writeString(
        dir.resolve("stack.yaml"),
        String.join(
            "\n",
            "version: 1",
            "fscomps:",
            "  logs: {properties: {compression: lz4}}",
            "pots:",
            "  db:",
            "    base: \"14.1\"",
            "    network: {type: public-bridge}",
            "  web:",
            "    base: \"14.1\"",
            "    network: {type: public-bridge}",
            "    ports: [\"80:30080\"]",
            "    depends_on: [db]",
            ""));
    return dir;
  }

  @Test
  void dryRunShowsTheStepsAndLeavesTheSimulatedHostUnchanged() throws IOException {
    String dir = stack().toString();
    potctl("plan", dir);
    String tree = simTree();
    int logged = log().size();
    Run dry = potctl("apply", dir, "--dry-run");
    assertEquals(0, dry.code(), dry.err());
    assertTrue(dry.out().contains("pot create -p db"), dry.out());
    assertTrue(dry.out().contains("Dry run: "), dry.out());
    assertEquals(tree, simTree());
    assertOnlyReadsSince(logged);
  }

  @Test
  void offATerminalApplyNeedsYesAndChangesNothingWithoutIt() throws IOException {
    String dir = EXAMPLES.resolve("web-single").toString();
    Run r = potctl("apply", dir);
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("--yes"), r.err());
    assertOnlyReadsSince(0);
  }

  @Test
  void aFailedStepSkipsItsDependantsReportsEveryOutcomeAndTheRerunCompletes() throws IOException {
    String dir = stack().toString();
    Run failed =
        potctlOn("sim:" + sim + "?fail=create%20-p%20db%20", "apply", dir, "--yes", "-o", "json");
    assertEquals(1, failed.code(), failed.err());
    JsonNode report = JsonMapper.builder().build().readTree(failed.out());
    assertEquals("failed", report.get("outcome").asString());
    StringBuilder outcomes = new StringBuilder();
    for (JsonNode r : report.get("resources")) {
      outcomes.append(r.get("address").asString()).append('=').append(r.get("outcome").asString());
      outcomes.append(' ');
      if (r.get("address").asString().equals("pot.web")) {
        assertEquals("upstream failed: pot.db", r.get("detail").asString());
      }
    }
    assertEquals("pot.db=failed pot.web=skipped fscomp.logs=applied ", outcomes.toString());

    Run rerun = potctl("apply", dir, "--yes");
    assertEquals(0, rerun.code(), rerun.out() + rerun.err());
    assertEquals(0, potctl("plan", dir, "--detailed-exitcode").code());
  }

  @Test
  void aSavedPlanIsAppliedWhenTheHostIsUnchanged() {
    String dir = EXAMPLES.resolve("web-single").toString();
    Path planFile = work.resolve("plan.json");
    assertEquals(0, potctl("plan", dir, "--out", planFile.toString()).code());
    Run apply = potctl("apply", planFile.toString(), "--yes");
    assertEquals(0, apply.code(), apply.out() + apply.err());
    assertEquals(0, potctl("plan", dir, "--detailed-exitcode").code());
  }

  @Test
  void aSavedPlanIsRefusedAfterTheHostChanged() throws IOException {
    String dir = EXAMPLES.resolve("web-single").toString();
    Path planFile = work.resolve("plan.json");
    assertEquals(0, potctl("plan", dir, "--out", planFile.toString()).code());
    Command intruder = Command.of("pot", "create-fscomp", "-f", "www-data");
    new SimulatedHost(SimOptions.of(sim)).run(intruder).requireSuccess(intruder);
    int logged = log().size();
    Run apply = potctl("apply", planFile.toString(), "--yes");
    assertEquals(3, apply.code(), apply.err());
    assertTrue(apply.err().contains("fscomp/www-data appeared"), apply.err());
    assertTrue(apply.err().contains("saved plan no longer matches"), apply.err());
    assertOnlyReadsSince(logged);
  }

  private Path copyOf(String example) throws IOException {
    Path target = work.resolve(example);
    try (Stream<Path> files = Files.walk(EXAMPLES.resolve(example))) {
      for (Path f : files.toList()) {
        Path to = target.resolve(EXAMPLES.resolve(example).relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    return target;
  }

  @Test
  void deletingAPotNeedsAllowDataLossAndRespectsMaxDestroy() throws IOException {
    Path spec = copyOf("web-single");
    assertEquals(0, potctl("apply", spec.toString(), "--yes").code());
    String yaml = Files.readString(spec.resolve("potfile.yaml"));
    Files.writeString(spec.resolve("potfile.yaml"), yaml.substring(0, yaml.indexOf("\npots:")));

    Run noFlag = potctl("apply", spec.toString(), "--yes");
    assertEquals(3, noFlag.code(), noFlag.out() + noFlag.err());
    assertTrue(noFlag.err().contains("--allow-data-loss"), noFlag.err());
    assertTrue(noFlag.err().contains("pot.www (delete)"), noFlag.err());
    Run tooMany =
        potctl("apply", spec.toString(), "--yes", "--allow-data-loss", "--max-destroy", "0");
    assertEquals(3, tooMany.code(), tooMany.err());
    assertTrue(tooMany.err().contains("more than --max-destroy 0"), tooMany.err());
    Run allowed = potctl("apply", spec.toString(), "--yes", "--allow-data-loss");
    assertEquals(0, allowed.code(), allowed.out() + allowed.err());
    assertTrue(allowed.out().contains("1 deleted"), allowed.out());
  }

  @Test
  void anEmptySpecDirectoryIsRefused() throws IOException {
    Path empty = Files.createDirectories(work.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "no Potfiles here\n");
    Run r = potctl("apply", empty.toString(), "--yes");
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("holds no Potfiles"), r.err());
  }

  @Test
  void usageErrorsExit64() {
    assertEquals(64, potctl("apply", work.resolve("missing").toString()).code());
    assertEquals(
        64,
        potctl("apply", EXAMPLES.resolve("web-single").toString(), "--parallelism", "0").code());
  }
}
