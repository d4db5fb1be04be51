package org.potctl.controller.watch;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code --repo} and {@code --dir} run the same reconcile loop: the same edits, made as commits of
 * a repository whose working tree is also the followed directory, give the same story. An invalid
 * revision is reported (log, {@code /status}, metrics) and drift keeps being healed against the
 * last good one, whose files the invalid edit does not touch.
 */
class SourceParityTest {

  private static final Duration GRACE = Duration.ofSeconds(30);

  @TempDir Path tmp;

  private final RecordingReconciler reconciler = new RecordingReconciler();
  private TestRepo repo;
  private WatchHarness watch;

  @AfterEach
  void close() {
    if (watch != null) {
      watch.close();
    }
    if (repo != null) {
      repo.close();
    }
  }

  private Source source(String kind) {
    Path work = tmp.resolve("work");
    return kind.equals("git")
        ? new GitSource(repo.dir().toString(), Optional.empty(), Optional.empty(), work)
        : new DirectorySource(repo.dir(), work);
  }

  @ParameterizedTest
  @ValueSource(strings = {"git", "dir"})
  void anInvalidRevisionIsReportedAndDriftIsHealedAgainstTheLastGoodOne(String kind)
      throws Exception {
    repo = TestRepo.init(tmp.resolve("specs"));
    repo.commit("one", Specs.valid("", "one"));
    watch =
        WatchHarness.start(
            source(kind),
            reconciler,
            WatchOptions.of("specs", Duration.ofMillis(200)).withDebounce(Duration.ofMillis(50)));
    await().atMost(GRACE).until(() -> watch.status().path("commit").has("id"));
    String good = watch.status().path("commit").path("id").asString();

    Map<String, String> bad = new HashMap<>(Specs.valid("", "bad"));
    bad.put("pots.yaml", Specs.INVALID);
    repo.commit("bad", bad);
    await()
        .atMost(GRACE)
        .until(() -> "invalid".equals(watch.status().path("head").path("result").asString()));
    JsonNode status = watch.status();
    assertEquals(good, status.path("commit").path("id").asString(), "the last good one is kept");
    assertTrue(
        status.path("head").path("diagnostics").toString().contains("\"at\":\"pots.yaml:4:5\""),
        status.toString());
    String metrics = watch.get("/metrics").body();
    assertTrue(metrics.contains("potctl_watch_head_rejected 1.0"), metrics);
    assertTrue(
        metrics.contains("potctl_watch_reconciles_total{result=\"invalid\",type=\"commit\"} 1.0"),
        metrics);
    assertTrue(watch.log().contains("event=commit-rejected"), watch.log());

    reconciler.drift(List.of("pot.web"));
    await().atMost(GRACE).until(() -> watch.log().contains("action=healed"));
    RecordingReconciler.Call heal = reconciler.calls().getLast();
    assertEquals("one", heal.marker(), "healed from the last good revision's files");
    assertTrue(!heal.planOnly());
    assertEquals(
        1, reconciler.markers().stream().filter("bad"::equals).count(), "tried once, not retried");

    repo.commit("two", Specs.valid("", "two"));
    await().atMost(GRACE).until(() -> reconciler.markers().contains("two"));
    await()
        .atMost(GRACE)
        .until(() -> watch.get("/metrics").body().contains("potctl_watch_head_rejected 0.0"));
    assertEquals("ok", watch.status().path("head").path("result").asString());
  }
}
