package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.potctl.controller.testkit.Run;
import org.potctl.state.sim.SimHalt;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.JournalReader;
import tools.jackson.databind.JsonNode;

/**
 * The second crash scenario of issue 6: from an applied v1 ({@link KillFreshApplyTest#POTS}), a v2
 * that replaces both pots (base change, dropped mount) and deletes an fscomp, so the moves into the
 * trash get interrupted too. The fscomp {@code data} stays, with a file written into it first.
 */
final class ReplaceScenario {

  static final String V2 =
      """
      version: 1
      fscomps:
        data: {protect: false, properties: {compression: gzip}}
      pots:
        db:
          base: "14.2"
          mounts:
            - {fscomp: data, at: /var/db}
          attributes: {no-rc-script: true}
          resources: {cpus: 1}
        web:
          base: "14.1"
          network: {type: public-bridge}
          ports: ["80:8080"]
          env: {MODE: prod}
          hosts: {backend: 10.192.0.9}
          attributes: {start-at-boot: true}
          depends_on: [db]
      """;

  /** Steps of the v2 plan. */
  static final int STEPS = 23;

  /** The v2 plan's {@code pot create} steps and its {@code zfs set mountpoint=none} steps. */
  static final List<Integer> POT_CREATES = List.of(5, 14);

  static final List<Integer> UNMOUNTS = List.of(3, 12, 22);

  static final String FILE = "keep.txt";

  private ReplaceScenario() {}

  /** Every halt point: before each step, in the middle of each pot create and each unmount. */
  static List<String> haltPoints() {
    List<String> points = new ArrayList<>();
    IntStream.rangeClosed(1, STEPS).forEach(k -> points.add(Integer.toString(k)));
    POT_CREATES.forEach(k -> points.add(k + ":mid"));
    UNMOUNTS.forEach(k -> points.add(k + ":mid"));
    return points;
  }

  /** v1 applied on {@code host} with a file in the fscomp {@code data}; returns the spec dir. */
  static Path v1Applied(Path dir, String host, Path fsRoot) throws Exception {
    Path spec = CrashRig.spec(dir.resolve("spec"), Map.of("pots.yaml", KillFreshApplyTest.POTS));
    Run v1 = CrashRig.potctl(host, "apply", spec.toString(), "--yes");
    assertEquals(0, v1.code(), v1.out() + v1.err());
    Path data = fsRoot.resolve("fscomp/data");
    assertTrue(Files.isDirectory(data), "fscomp data is a directory on the host: " + data);
    Files.writeString(data.resolve(FILE), "rows\n");
    return CrashRig.spec(spec, Map.of("pots.yaml", V2));
  }

  /** The uninterrupted v2 apply's host. */
  static JsonNode uninterrupted(Path dir, String host, Path simDir) throws Exception {
    return uninterruptedFrom(v1Applied(dir, host, simDir.resolve("fsroot")), host, simDir);
  }

  /** The host after an uninterrupted apply of the v2 {@code spec} on the applied v1. */
  static JsonNode uninterruptedFrom(Path spec, String host, Path simDir) {
    Run plan = CrashRig.potctl(host, "plan", spec.toString());
    long steps = plan.out().lines().filter(l -> l.matches("\\s+\\d+  .*")).count();
    assertEquals(STEPS, steps, plan.out());
    for (int k : POT_CREATES) {
      assertTrue(plan.out().contains(String.format("%4d  pot create -p ", k)), plan.out());
    }
    for (int k : UNMOUNTS) {
      assertTrue(
          plan.out().contains(String.format("%4d  zfs set mountpoint=none ", k)), plan.out());
    }
    Run v2 = CrashRig.potctl(host, "apply", spec.toString(), "--yes", "--allow-data-loss");
    assertEquals(0, v2.code(), v2.out() + v2.err());
    return CrashRig.converged(host, simDir);
  }

  /**
   * v1 applied, v2 killed at {@code halt} in a child JVM, v2 applied again: converged to {@code
   * expected}, the file in {@code data} intact.
   */
  static void killAndRerun(Path dir, String host, Path simDir, String halt, JsonNode expected)
      throws Exception {
    Path spec = v1Applied(dir, host, simDir.resolve("fsroot"));
    killAndRerunFrom(spec, host, simDir, halt, expected);
  }

  /** {@link #killAndRerun} from an applied v1 whose spec directory already holds v2. */
  static void killAndRerunFrom(Path spec, String host, Path simDir, String halt, JsonNode expected)
      throws Exception {
    Path fsRoot = simDir.resolve("fsroot");
    Path log = spec.resolveSibling("child.log");
    int status =
        CrashRig.child(
            log,
            host + (host.contains("?") ? "&" : "?") + "halt=" + halt,
            "apply",
            spec.toString(),
            "--yes",
            "--allow-data-loss",
            "--parallelism",
            "1");
    assertEquals(SimHalt.STATUS, status, Files.readString(log));
    ApplyJournal killed = new JournalReader(simDir.resolve("state")).last().orElseThrow();
    assertFalse(killed.finished());
    if (UNMOUNTS.stream().anyMatch(k -> halt.equals(k + ":mid") || halt.equals((k + 1) + ""))) {
      Run replan = CrashRig.potctl(host, "plan", spec.toString());
      assertTrue(
          replan.out().contains("interrupted by apply " + killed.applyId() + ": the move into"),
          replan.out());
    }
    CrashRig.assertConverges(host, spec, "halt=" + halt, "--allow-data-loss");
    assertEquals(expected, CrashRig.converged(host, simDir), "halt=" + halt);
    assertEquals(
        "rows\n", Files.readString(fsRoot.resolve("fscomp/data").resolve(FILE)), "halt=" + halt);
  }

  /** Replaces {@code target} by a copy of {@code source} (a whole simulated host and spec). */
  static void copyTree(Path source, Path target) throws IOException {
    if (Files.exists(target)) {
      try (Stream<Path> old = Files.walk(target)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
