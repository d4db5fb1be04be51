package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.PlanJson;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

class PlanCommandTest {

  private static final String WEB = Path.of("..", "examples", "potfiles", "web-single").toString();

  @TempDir Path dir;

  private Run potctl(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--host";
    all[1] = "sim:" + dir.resolve("sim");
    System.arraycopy(args, 0, all, 2, args.length);
    return Potctl.bare(all);
  }

  @Test
  void planShowsTheChangesAndTheDetailedExitCodeSaysSo() {
    Run plain = potctl("plan", WEB);
    assertEquals(0, plain.code(), plain.err());
    assertTrue(plain.out().contains("+ pot.www  create"), plain.out());
    assertTrue(plain.out().contains("Plan: 2 to create, 0 to update, 0 to replace, 0 to delete."));
    assertTrue(plain.err().contains("using simulated pot host"), plain.err());
    assertEquals(2, potctl("plan", "--detailed-exitcode", WEB).code());
  }

  @Test
  void jsonAndOutFileCarryTheSamePlan() throws IOException {
    Path file = dir.resolve("plan.json");
    Run json = potctl("plan", "-o", "json", "--out", file.toString(), "--spec-id", "prod", WEB);
    assertEquals(0, json.code(), json.err());
    Plan printed = PlanJson.read(json.out());
    Plan saved = PlanJson.read(Files.readString(file));
    assertEquals(printed, saved);
    assertEquals("prod", saved.specId());
    assertTrue(
        saved.applyId().matches("\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{4}-[0-9a-f]{4}"),
        saved.applyId());
    assertTrue(json.err().contains("Saved the plan to " + file), json.err());
  }

  @Test
  void statusReportsDriftWithExitTwoAndGraphPrintsDot() {
    Run status = potctl("status", WEB);
    assertEquals(2, status.code(), status.err());
    assertTrue(status.out().contains("pot.www"), status.out());
    assertTrue(status.out().contains("missing"), status.out());
    Run graph = potctl("graph", WEB);
    assertEquals(0, graph.code(), graph.err());
    assertTrue(graph.out().startsWith("strict digraph potctl {\n  rankdir=LR;\n"), graph.out());
    assertTrue(
        graph.out().contains("  \"pot.www\" [ shape=\"box\" label=\"pot.www\\ncreate\" ];\n"),
        graph.out());
    assertTrue(
        graph.out().contains("  \"pot.www\" -> \"fscomp.www-data\" [ label=\"mount\" ];\n"),
        graph.out());
    assertTrue(graph.out().endsWith("}\n"), graph.out());
  }

  @Test
  void statusListsWhatNoSpecManagesWithoutCountingItAsDrift() {
    assertEquals(0, potctl("apply", "--yes", WEB).code());
    String sim = dir.resolve("sim").toString();
    assertEquals(0, potctl("sim-exec", sim, "--", "pot", "create-fscomp", "-f", "handmade").code());
    assertEquals(
        0,
        potctl("sim-exec", sim, "--", "pot", "create-private-bridge", "-B", "lan", "-S", "4")
            .code());
    Run status = potctl("status", WEB);
    assertEquals(0, status.code(), status.out() + status.err());
    assertTrue(
        status
            .out()
            .contains(
                "Unmanaged on the host (no spec owns them; potctl leaves them alone):"
                    + " fscomp.handmade, bridge.lan"),
        status.out());
    Run json = potctl("status", "-o", "json", WEB);
    assertTrue(
        json.out()
            .replaceAll("\\s", "")
            .contains("\"unmanaged\":[\"fscomp.handmade\",\"bridge.lan\"]"),
        json.out());
  }

  @Test
  void invalidSpecIsExitOneAndMissingDirectoryIsAUsageError() throws IOException {
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(
        bad.resolve("p.yaml"), "version: 1\npots:\n  web: {base: \"14.1\", tpye: x}\n");
    Run invalid = potctl("plan", bad.toString());
    assertEquals(1, invalid.code(), invalid.err());
    assertTrue(invalid.err().contains("p.yaml:3:"), invalid.err());
    assertEquals(64, potctl("plan", dir.resolve("nope").toString()).code());
    assertEquals(64, potctl("plan", "--spec-id", "bad id", WEB).code());
  }

  @Test
  void applyIdsAreMillisecondTimestampsThatSortInTheOrderTheyWereMade() {
    java.time.Instant t = java.time.Instant.parse("2026-11-23T13:55:01.042Z");
    String first = org.potctl.state.statedir.Journal.newApplyId(t);
    String second = org.potctl.state.statedir.Journal.newApplyId(t);
    assertTrue(first.matches("20261123T135501\\.042Z-[0-9a-f]{4}-[0-9a-f]{4}"), first);
    assertTrue(first.compareTo(second) < 0, first + " then " + second);
    assertTrue(second.compareTo(org.potctl.state.statedir.Journal.newApplyId(t.plusMillis(1))) < 0);
    assertTrue(first.matches("[A-Za-z0-9][A-Za-z0-9._@+:-]*"));
    assertTrue(org.potctl.controller.Engine.newApplyId().matches("\\d{8}T\\d{6}\\.\\d{3}Z-.*"));
  }
}
