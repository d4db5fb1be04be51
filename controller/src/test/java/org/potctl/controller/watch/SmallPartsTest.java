package org.potctl.controller.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.potctl.state.exec.Durations;

class SmallPartsTest {

  private static final byte[] SECRET = "s3cret".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BODY =
      "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void durationsParseMillisecondsSecondsMinutesAndHours() {
    assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
    assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
    assertEquals(Duration.ofMinutes(5), Durations.parse("5m"));
    assertEquals(Duration.ofHours(1), Durations.parse("1h"));
    assertEquals("5m", Durations.format(Duration.ofMinutes(5)));
    assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
  }

  @Test
  void durationsRefuseMissingUnitsZeroAndUnknownUnits() {
    for (String bad : new String[] {"60", "0s", "-5s", "5 m", "1w", ""}) {
      assertThrows(IllegalArgumentException.class, () -> Durations.parse(bad), bad);
    }
  }

  @Test
  void signaturesAcceptGithubGiteaAndForgejoHeaders() {
    Signatures s = Signatures.withSecret(SECRET);
    String hex = Signatures.signHex(SECRET, BODY);
    assertTrue(s.verify(headers("X-Hub-Signature-256", "sha256=" + hex), BODY));
    assertTrue(s.verify(headers("X-Gitea-Signature", hex), BODY));
    assertTrue(s.verify(headers("X-Forgejo-Signature", hex.toUpperCase()), BODY));
  }

  @Test
  void signaturesRefuseWrongMissingMalformedAndOtherBodies() {
    Signatures s = Signatures.withSecret(SECRET);
    String hex = Signatures.signHex(SECRET, BODY);
    String wrong = Signatures.signHex("other".getBytes(StandardCharsets.UTF_8), BODY);
    assertFalse(s.verify(headers("X-Hub-Signature-256", "sha256=" + wrong), BODY));
    assertFalse(s.verify(headers("X-Hub-Signature-256", hex), BODY));
    assertFalse(s.verify(headers("X-Gitea-Signature", hex.substring(2)), BODY));
    assertFalse(s.verify(new Headers(), BODY));
    assertFalse(s.verify(headers("X-Gitea-Signature", hex), "{}".getBytes(StandardCharsets.UTF_8)));
    assertFalse(Signatures.disabled().verify(headers("X-Gitea-Signature", hex), BODY));
  }

  @Test
  void logLinesAreKeyValueWithQuotedValues() {
    StringWriter out = new StringWriter();
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);
    new WatchLog(new PrintWriter(out), clock)
        .warn("commit-rejected", "commit", "abc", "message", "say \"hi\"\nnow", "empty", "");
    assertEquals(
        "time=2026-11-23T14:00:00Z level=warn event=commit-rejected commit=abc"
            + " message=\"say \\\"hi\\\" now\" empty=\"\"\n",
        out.toString().replace("\r", ""));
  }

  @Test
  void aPushersTextCannotSteerTheTerminalTheLogIsReadOn() {
    StringWriter out = new StringWriter();
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);
    new WatchLog(new PrintWriter(out), clock)
        .info("commit", "subject", "fix\u001b]0;owned\u0007\u001b[2J", "name", "a\u202eb");
    String line = out.toString();
    assertTrue(line.contains("subject=fix\\u001b]0;owned\\u0007\\u001b[2J"), line);
    assertTrue(line.contains("name=a\\u202eb"), line);
    assertFalse(line.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), line);
  }

  private static Headers headers(String name, String value) {
    Headers h = new Headers();
    h.add(name, value);
    return h;
  }
}
