package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helpers of the crash tests: potctl in-process ({@link Main#run}) and in a child JVM (so that
 * {@code halt=} can kill it), specs written from text, and the observed host without what differs
 * between two equally converged runs.
 */
final class CrashRig {

  static final String SPEC_ID = "crash";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CrashRig() {}

  /** potctl in this JVM on {@code host}. */
  static Run potctl(String host, String... args) {
    List<String> all = new ArrayList<>(List.of("--host", host, "--spec-id", SPEC_ID));
    all.addAll(List.of(args));
    return potctlRaw(all.toArray(String[]::new));
  }

  /** potctl in this JVM with exactly {@code all} as arguments. */
  static Run potctlRaw(String... all) {
    return Potctl.bare(all);
  }

  /** Starts potctl in a child JVM on {@code host}; its stdout and stderr go to {@code log}. */
  static Process start(Path log, String host, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> argv =
        new ArrayList<>(
            List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--host",
                host,
                "--spec-id",
                SPEC_ID));
    argv.addAll(List.of(args));
    return new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Runs potctl in a child JVM to its end; returns the exit status. */
  static int child(Path log, String host, String... args) throws Exception {
    Process p = start(log, host, args);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("child potctl did not end: " + Files.readString(log));
    }
    return p.exitValue();
  }

  /** Writes {@code files} (name → YAML) into a new spec directory {@code dir}. */
  static Path spec(Path dir, Map<String, String> files) throws IOException {
    Files.createDirectories(dir);
    try (var old = Files.list(dir)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue());
    }
    return dir;
  }

  /**
   * The host as {@code potctl observe -o json} sees it, without what two converged runs may differ
   * in: fingerprints, jail ids, sizes, apply stamps, the simulator's directory and real pool, and
   * the trash (which holds whatever half-done objects a repair moved there).
   */
  static JsonNode converged(String host, Path simDir) {
    Run r = potctl(host, "observe", "-o", "json");
    assertEquals(0, r.code(), r.err());
    String text = r.out().replace(simDir.toString(), "SIM");
    int real = host.indexOf("zfs=real:");
    if (real >= 0) {
      String pool = host.substring(real + "zfs=real:".length()).split("&", 2)[0];
      text = text.replace(pool + "/", "POOL/");
    }
    JsonNode tree = JSON.readTree(text);
    strip(tree);
    for (String list : List.of("datasets", "fscomps")) {
      ArrayNode kept = JSON.createArrayNode();
      for (JsonNode d : tree.path(list)) {
        if (!d.path("dataset").asString().contains("/potctl-trash")) {
          kept.add(d);
        }
      }
      ((ObjectNode) tree).set(list, kept);
    }
    return tree;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove(List.of("fingerprint", "jid", "used", "apply"));
      for (Iterator<JsonNode> it = o.values().iterator(); it.hasNext(); ) {
        strip(it.next());
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(CrashRig::strip);
    }
  }

  /** Asserts the second apply converged: exit 0, then an empty plan. */
  static void assertConverges(String host, Path spec, String context, String... applyFlags) {
    List<String> args = new ArrayList<>(List.of("apply", spec.toString(), "--yes"));
    args.addAll(List.of(applyFlags));
    Run apply = potctl(host, args.toArray(String[]::new));
    assertEquals(0, apply.code(), context + ": rerun\n" + apply.out() + apply.err());
    Run plan = potctl(host, "plan", spec.toString(), "--detailed-exitcode");
    assertEquals(0, plan.code(), context + ": plan after rerun\n" + plan.out() + plan.err());
    assertTrue(plan.out().contains("No changes") || !plan.out().contains("Steps:"), plan.out());
  }
}
