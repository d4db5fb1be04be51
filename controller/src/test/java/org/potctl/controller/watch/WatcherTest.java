package org.potctl.controller.watch;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import tools.jackson.databind.JsonNode;

class WatcherTest {

  /**
   * The most a fetch and a reconcile may take on a loaded shared machine, on top of intervals.
   * Awaiting returns as soon as the condition holds, so a generous ceiling costs nothing.
   */
  private static final Duration GRACE = Duration.ofSeconds(30);

  private static final Duration LONG = Duration.ofHours(1);

  @TempDir Path tmp;

  private final RecordingReconciler reconciler = new RecordingReconciler();
  private TestRepo repo;
  private WatchHarness watch;

  @AfterEach
  void close() {
    reconciler.open();
    if (watch != null) {
      watch.close();
    }
    if (repo != null) {
      repo.close();
    }
  }

  private Path repoDir() {
    return tmp.resolve("specs");
  }

  private String commitValid(String marker) throws Exception {
    if (repo == null) {
      repo = TestRepo.init(repoDir());
    }
    return repo.commit(marker, Specs.valid("", marker));
  }

  private void watchGit(WatchOptions options, Optional<String> branch) throws Exception {
    GitSource source =
        new GitSource(repoDir().toString(), branch, Optional.empty(), tmp.resolve("work"));
    watch = WatchHarness.start(source, reconciler, options);
  }

  private static WatchOptions every(Duration interval) {
    return WatchOptions.of("specs", interval).withDebounce(Duration.ofMillis(50));
  }

  private void awaitMarker(String marker, Duration within) {
    await()
        .atMost(within)
        .untilAsserted(
            () ->
                assertTrue(
                    reconciler.markers().contains(marker),
                    () -> marker + " not reconciled; log:\n" + watch.log()));
  }

  private String currentCommit() throws Exception {
    return watch.status().path("commit").path("id").asString();
  }

  @Test
  void theHeadCommitIsReconciledAtStart() throws Exception {
    commitValid("one");
    String head = commitValid("two");
    watchGit(every(LONG), Optional.empty());
    awaitMarker("two", GRACE);
    await().atMost(GRACE).until(() -> head.equals(currentCommit()));
    RecordingReconciler.Call call = reconciler.calls().get(0);
    assertEquals("specs", call.specId());
    assertFalse(call.planOnly());
    assertEquals(List.of("two"), reconciler.markers());
  }

  @Test
  void aNewCommitIsReconciledWithinTwoIntervals() throws Exception {
    Duration interval = Duration.ofMillis(200);
    commitValid("one");
    watchGit(every(interval), Optional.empty());
    awaitMarker("one", GRACE);
    String two = commitValid("two");
    awaitMarker("two", interval.multipliedBy(2).plus(GRACE));
    await().atMost(GRACE).until(() -> two.equals(currentCommit()));
  }

  @Test
  void aSignedWebhookTriggersAReconcileAtOnce() throws Exception {
    commitValid("one");
    watchGit(every(LONG), Optional.empty());
    awaitMarker("one", GRACE);
    commitValid("two");
    assertEquals(202, watch.postSigned("/hook", "{\"ref\":\"refs/heads/main\"}").statusCode());
    awaitMarker("two", GRACE);
  }

  @Test
  void aGiteaSignedWebhookIsAccepted() throws Exception {
    commitValid("one");
    watchGit(every(LONG), Optional.empty());
    awaitMarker("one", GRACE);
    commitValid("two");
    byte[] body = "{}".getBytes();
    String hex = Signatures.signHex(WatchHarness.SECRET, body);
    assertEquals(
        202,
        watch.post("/hook", body, "X-Gitea-Signature", hex, "X-Gitea-Delivery", "7").statusCode());
    awaitMarker("two", GRACE);
  }

  @Test
  void unsignedAndWronglySignedRequestsAreRefused() throws Exception {
    commitValid("one");
    watchGit(every(LONG), Optional.empty());
    awaitMarker("one", GRACE);
    byte[] body = "{}".getBytes();
    String wrong = Signatures.signHex("guess".getBytes(), body);
    assertEquals(401, watch.post("/hook", body).statusCode());
    assertEquals(
        401, watch.post("/hook", body, "X-Hub-Signature-256", "sha256=" + wrong).statusCode());
    assertEquals(401, watch.post("/suspend", body, "X-Forgejo-Signature", wrong).statusCode());
    assertEquals(401, watch.post("/resume", body).statusCode());
    String metrics = watch.get("/metrics").body();
    assertTrue(
        metrics.contains(
            "potctl_watch_signed_requests_total{path=\"/hook\",result=\"refused\"} 2.0"),
        metrics);
    assertFalse(metrics.contains("result=\"accepted\""), metrics);
    assertFalse(
        DocumentSchemas.assertValid("watch-status", watch.get("/status").body())
            .path("suspended")
            .asBoolean());
  }

  @Test
  void withoutASecretFileSignedRequestsAreRefused() throws Exception {
    commitValid("one");
    GitSource source =
        new GitSource(repoDir().toString(), Optional.empty(), Optional.empty(), tmp.resolve("w"));
    watch = new WatchHarness(source, reconciler, every(LONG), Signatures.disabled());
    assertEquals(403, watch.postSigned("/hook", "{}").statusCode());
    assertEquals(403, watch.postSigned("/suspend", "{}").statusCode());
  }

  @Test
  void anInvalidCommitIsNotAppliedAndStatusShowsItsErrors() throws Exception {
    String good = commitValid("one");
    watchGit(every(Duration.ofMillis(200)), Optional.empty());
    awaitMarker("one", GRACE);
    Map<String, String> bad = new HashMap<>(Specs.valid("", "bad"));
    bad.put("pots.yaml", Specs.INVALID);
    String badId = repo.commit("bad", bad);
    await()
        .atMost(GRACE)
        .until(() -> "invalid".equals(watch.status().path("head").path("result").asString()));
    JsonNode status = DocumentSchemas.assertValid("watch-status", watch.get("/status").body());
    assertEquals(badId, status.path("head").path("commit").asString());
    assertEquals(good, status.path("commit").path("id").asString());
    JsonNode first = status.path("head").path("diagnostics").get(0);
    assertEquals("pots.yaml", first.path("file").asString());
    assertTrue(
        status.path("head").path("diagnostics").toString().contains("\"pots.yaml:4:5\""),
        status.toString());
    int seen = reconciler.calls().size();
    await().atMost(GRACE).until(() -> reconciler.calls().size() > seen + 1);
    List<String> markers = reconciler.markers();
    assertEquals(
        "one", markers.get(markers.size() - 1), "drift checks go on at the last good commit");
    assertEquals(
        1, markers.stream().filter("bad"::equals).count(), "an invalid commit is not retried");
  }

  @Test
  void deletingTheBranchDeletesNothing() throws Exception {
    commitValid("main");
    repo.checkoutNewBranch("prod");
    String good = commitValid("one");
    watchGit(every(Duration.ofMillis(200)), Optional.of("prod"));
    awaitMarker("one", GRACE);
    repo.checkoutNewBranch("other");
    repo.deleteBranch("prod");
    await()
        .atMost(GRACE)
        .until(() -> "failed".equals(watch.status().path("fetch").path("result").asString()));
    assertTrue(
        watch.status().path("fetch").path("error").asString().contains("branch prod not found"));
    assertEquals(good, currentCommit());
    assertTrue(
        reconciler.markers().stream().allMatch("one"::equals), reconciler.markers().toString());
    assertTrue(reconciler.calls().stream().allMatch(c -> Files.isDirectory(c.specDir())));
  }

  @Test
  void breakingTheRepositoryPathDeletesNothing() throws Exception {
    String good = commitValid("one");
    watchGit(every(Duration.ofMillis(200)), Optional.empty());
    awaitMarker("one", GRACE);
    repo.close();
    repo = null;
    Files.move(repoDir(), tmp.resolve("moved"));
    await()
        .atMost(GRACE)
        .until(() -> "failed".equals(watch.status().path("fetch").path("result").asString()));
    assertEquals(good, currentCommit());
    assertTrue(watch.log().contains("event=fetch-failed"), watch.log());
    assertTrue(
        reconciler.markers().stream().allMatch("one"::equals), reconciler.markers().toString());
  }

  /**
   * An unchecked exception out of a fetch (JGit's RevisionSyntaxException for a bad ref) was logged
   * as an undocumented {@code cycle-failed} with its class name, and the fetch metric and {@code
   * /status} stayed ok. Now it is a failed fetch like any other.
   */
  @Test
  void anUncheckedExceptionOfTheSourceIsAFailedFetch() throws Exception {
    Source broken =
        new Source() {
          @Override
          public Revision fetch() {
            throw new IllegalStateException("bad ref syntax");
          }

          @Override
          public String describe() {
            return "broken";
          }
        };
    watch = WatchHarness.start(broken, reconciler, every(LONG));
    await()
        .atMost(GRACE)
        .until(() -> "failed".equals(watch.status().path("fetch").path("result").asString()));
    String error = watch.status().path("fetch").path("error").asString();
    assertEquals("internal error: bad ref syntax", error);
    assertTrue(watch.log().contains("event=fetch-failed"), watch.log());
    assertFalse(watch.log().contains("cycle-failed"), watch.log());
    assertFalse(watch.log().contains("IllegalStateException"), watch.log());
    assertTrue(
        watch.get("/metrics").body().contains("potctl_watch_fetches_total{result=\"failed\"} 1.0"),
        watch.get("/metrics").body());
    assertTrue(reconciler.calls().isEmpty(), reconciler.calls().toString());
  }

  @Test
  void aCommitWithoutPotfilesIsRefusedWithoutCallingTheReconciler() throws Exception {
    String good = commitValid("one");
    watchGit(every(Duration.ofMillis(200)), Optional.empty());
    awaitMarker("one", GRACE);
    Map<String, String> empty = new HashMap<>();
    empty.put("pots.yaml", null);
    empty.put("marker.txt", "empty");
    repo.commit("drop everything", empty);
    await()
        .atMost(GRACE)
        .until(() -> "refused".equals(watch.status().path("head").path("result").asString()));
    assertTrue(
        watch
            .status()
            .path("head")
            .path("diagnostics")
            .get(0)
            .path("message")
            .asString()
            .contains("empty spec is never applied"));
    assertEquals(good, currentCommit());
    assertFalse(reconciler.markers().contains("empty"));
  }

  @Test
  void suspendStopsReconcilesAndResumeRestartsThem() throws Exception {
    commitValid("one");
    watchGit(every(Duration.ofMillis(200)), Optional.empty());
    awaitMarker("one", GRACE);
    assertEquals(200, watch.control("suspend").statusCode());
    assertTrue(watch.status().path("suspended").asBoolean());
    commitValid("two");
    long skipped = watch.logCount("cycle-skipped");
    await().atMost(GRACE).until(() -> watch.logCount("cycle-skipped") >= skipped + 2);
    assertFalse(reconciler.markers().contains("two"));
    assertTrue(watch.get("/metrics").body().contains("potctl_watch_suspended 1.0"));
    assertEquals(200, watch.control("resume").statusCode());
    awaitMarker("two", GRACE);
    assertFalse(watch.status().path("suspended").asBoolean());
  }

  @Test
  void driftIsHealedByDefaultAndOnlyReportedInWarnMode() throws Exception {
    commitValid("one");
    watchGit(every(Duration.ofMillis(200)).withDrift(DriftMode.WARN), Optional.empty());
    awaitMarker("one", GRACE);
    await().atMost(GRACE).until(() -> watch.status().path("commit").has("id"));
    reconciler.drift(List.of("pot.web"));
    await().atMost(GRACE).until(() -> watch.status().path("drift").toString().contains("pot.web"));
    assertTrue(reconciler.calls().stream().skip(1).allMatch(RecordingReconciler.Call::planOnly));
    assertTrue(watch.get("/metrics").body().contains("potctl_drifted_resources 1.0"));
    assertTrue(watch.log().contains("event=drift") && watch.log().contains("action=reported"));
  }

  @Test
  void driftIsHealedInHealMode() throws Exception {
    commitValid("one");
    watchGit(every(Duration.ofMillis(200)), Optional.empty());
    awaitMarker("one", GRACE);
    await().atMost(GRACE).until(() -> watch.status().path("commit").has("id"));
    reconciler.drift(List.of("pot.web"));
    await().atMost(GRACE).until(() -> watch.log().contains("action=healed"));
    // a drift check plans without the lock first; only a plan with drift is then applied
    List<RecordingReconciler.Call> calls = reconciler.calls();
    int heal = calls.size() - 1;
    while (calls.get(heal).planOnly()) {
      heal--;
    }
    assertTrue(heal > 1 && calls.get(heal - 1).planOnly(), calls.toString());
    assertTrue(
        calls.stream().skip(1).limit(heal - 2).allMatch(RecordingReconciler.Call::planOnly),
        "converged checks never apply: " + calls);
  }

  @Test
  void planOnlyNeverApplies() throws Exception {
    commitValid("one");
    watchGit(every(Duration.ofMillis(200)).withPlanOnly(true), Optional.empty());
    awaitMarker("one", GRACE);
    await().atMost(GRACE).until(() -> reconciler.calls().size() >= 3);
    assertTrue(reconciler.calls().stream().allMatch(RecordingReconciler.Call::planOnly));
  }

  @Test
  void metricsExposeTheWatcherMetricNames() throws Exception {
    commitValid("one");
    watchGit(every(LONG), Optional.empty());
    awaitMarker("one", GRACE);
    await()
        .atMost(GRACE)
        .until(() -> watch.get("/metrics").body().contains("potctl_apply_steps_total"));
    String metrics = watch.get("/metrics").body();
    for (String name :
        List.of(
            "potctl_watch_reconciles_total{result=\"ok\",type=\"commit\"} 1.0",
            "potctl_watch_reconcile_duration_seconds_count",
            "potctl_apply_duration_seconds_count",
            "potctl_apply_steps_total{action=\"create\",kind=\"pot\",outcome=\"succeeded\"} 1.0",
            "potctl_drifted_resources",
            "potctl_watch_last_applied_commit_timestamp_seconds",
            "potctl_watch_suspended 0.0",
            "potctl_watch_fetches_total{result=\"ok\"}")) {
      assertTrue(metrics.contains(name), name + " in\n" + metrics);
    }
  }

  @Test
  void httpAnswersOnlyItsEndpoints() throws Exception {
    commitValid("one");
    watchGit(every(LONG), Optional.empty());
    assertEquals(200, watch.get("/healthz").statusCode());
    assertEquals("ok\n", watch.get("/healthz").body());
    assertEquals(404, watch.get("/nope").statusCode());
    assertEquals(404, watch.get("/").statusCode());
    assertEquals(405, watch.get("/hook").statusCode());
    assertEquals(405, watch.post("/status", new byte[0]).statusCode());
    byte[] big = new byte[WatchHttpServer.MAX_BODY + 1];
    // the refused body is drained before the answer: the client reads 413, never a reset
    // connection while it is still sending (that raced and failed in CI before the drain)
    for (int i = 0; i < 10; i++) {
      assertEquals(413, watch.post("/hook", big).statusCode());
    }
  }

  @Test
  void stopWaitsForTheRunningReconcile() throws Exception {
    commitValid("one");
    reconciler.close();
    watchGit(every(LONG), Optional.empty());
    await().atMost(GRACE).until(() -> !reconciler.calls().isEmpty());
    assertFalse(watch.watcher.stop(Duration.ofMillis(100)), "the reconcile is still running");
    assertFalse(watch.watcher.trigger("hook"), "a stopped watcher takes no triggers");
    reconciler.open();
    assertTrue(watch.watcher.stop(GRACE));
    assertEquals(1, reconciler.calls().size());
  }

  @Test
  void aPlainDirectoryIsFollowedByContentDigest() throws Exception {
    Path dir = tmp.resolve("dir");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pots.yaml"), Specs.VALID);
    Files.writeString(dir.resolve("marker.txt"), "one");
    watch =
        WatchHarness.start(
            new DirectorySource(dir, tmp.resolve("work")),
            reconciler,
            every(Duration.ofMillis(200)));
    awaitMarker("one", GRACE);
    Files.writeString(dir.resolve("marker.txt"), "two");
    awaitMarker("two", GRACE);
    assertTrue(currentCommit().startsWith("sha256:"));
  }
}
