package org.potctl.controller.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.potctl.schema.yaml.Text;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /status} escapes a commit subject's hidden characters and keeps its other text. */
class StatusJsonTest {

  @Test
  void aCommitSubjectWithABidiOverrideIsEscapedAndReadsBackEqual() {
    String subject = "fix caf\u00e9 \u202Egnp.exe\u202C 日本";
    Revision commit =
        new Revision("c0ffee", Path.of("/w"), Path.of("/w/spec"), Optional.empty(), subject);
    WatchStatus status =
        new WatchStatus(
            "repo",
            WatchOptions.of("t", Duration.ofMinutes(1)),
            false,
            Optional.of(commit),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of());
    String json = StatusJson.render(status);
    assertTrue(json.contains("fix café \\u202egnp.exe\\u202c 日本"), json);
    assertFalse(json.chars().anyMatch(c -> c != '\n' && Text.isControl(c)), json);
    assertEquals(
        subject,
        JsonMapper.builder().build().readTree(json).get("commit").get("subject").asString());
  }
}
