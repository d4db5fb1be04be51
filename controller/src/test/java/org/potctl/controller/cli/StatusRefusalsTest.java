package org.potctl.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.potctl.controller.testkit.RunAssert.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.HostLock;
import org.potctl.state.statedir.JournalReader;
import tools.jackson.databind.JsonNode;

/**
 * {@code potctl status DIR} shows the spec's refused applies since its last run (issue 13), in text
 * and in {@code -o json} ({@code refusals}: the refusal journal's fields), and none once a run of
 * the spec followed.
 */
class StatusRefusalsTest {

  @TempDir Path sim;
  @TempDir Path work;

  @Test
  void statusShowsTheRefusalsSinceTheLastRunWithTheirCount() throws IOException {
    Path spec = Files.createDirectories(work.resolve("app"));
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n");
    Potctl host = Potctl.onSim(sim);
    assertThat(host.run("apply", spec.toString(), "--yes")).exits(0);
    assertThat(host.run("status", spec.toString())).exits(0).outLacks("Refused");

    try (HostLock.Held held =
        new HostLock(sim.resolve("state")).acquire("potctl apply other", Duration.ZERO)) {
      assertThat(host.run("apply", spec.toString(), "--yes")).exits(3);
      assertThat(host.run("apply", spec.toString(), "--yes"))
          .exits(3)
          .errContains(held.holder().command());
    }
    ApplyJournal refused = new JournalReader(sim.resolve("state")).last().orElseThrow();
    assertEquals(2, refused.refusals(), refused.records().toString());
    String command = refused.refusal().get(0);
    String reason = refused.refusal().get(1);
    assertTrue(reason.contains("potctl apply other"), reason);

    Run text = host.run("status", spec.toString());
    assertThat(text)
        .exits(0)
        .outContains(
            "Refused: '"
                + command
                + "' at "
                + refused.records().get(0).time()
                + " (2 times, last "
                + refused.lastRefused().orElseThrow()
                + "; journal "
                + refused.applyId()
                + "):\n  "
                + reason
                + "\n");

    JsonNode doc =
        DocumentSchemas.assertValid(
            "status", host.run("status", spec.toString(), "-o", "json").out());
    assertEquals(1, doc.get("refusals").size(), doc.toString());
    JsonNode r = doc.get("refusals").get(0);
    assertEquals(refused.applyId(), r.get("apply_id").asString());
    assertEquals(refused.records().get(0).time().toString(), r.get("time").asString());
    assertEquals(2, r.get("count").asInt());
    assertEquals(refused.lastRefused().orElseThrow().toString(), r.get("last_time").asString());
    assertEquals(command, r.get("command").asString());
    assertEquals(reason, r.get("reasons").get(0).asString());

    // a run of the spec after them: the refusals are over
    Files.writeString(
        spec.resolve("pots.yaml"),
        Files.readString(spec.resolve("pots.yaml")) + "    state: stopped\n");
    assertThat(host.run("apply", spec.toString(), "--yes")).exits(0);
    assertThat(host.run("status", spec.toString())).exits(0).outLacks("Refused");
    JsonNode after =
        DocumentSchemas.assertValid(
            "status", host.run("status", spec.toString(), "-o", "json").out());
    assertEquals(0, after.get("refusals").size(), after.toString());
  }
}
