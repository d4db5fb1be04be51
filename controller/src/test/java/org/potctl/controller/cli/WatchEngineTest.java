package org.potctl.controller.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.render.DocumentSchemas;
import org.potctl.controller.watch.GitSource;
import org.potctl.controller.watch.Signatures;
import org.potctl.controller.watch.WatchHttpServer;
import org.potctl.controller.watch.WatchLog;
import org.potctl.controller.watch.WatchMetrics;
import org.potctl.controller.watch.WatchOptions;
import org.potctl.controller.watch.WatchStatus;
import org.potctl.controller.watch.Watcher;
import org.potctl.state.exec.Command;
import org.potctl.state.files.HostFiles;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.SimOptions;
import org.potctl.state.sim.SimulatedHost;
import tools.jackson.databind.JsonNode;

/** The watcher over the real engine ({@link EngineReconciler}) on the simulated pot host. */
class WatchEngineTest {

  private static final Duration GRACE = Duration.ofSeconds(60);
  private static final Duration INTERVAL = Duration.ofMillis(500);

  private static final String WEB =
      """
      version: 1
      pots:
        web:
          base: "14.1"
      """;

  private static final String API =
      """
        api:
          base: "14.1"
          state: stopped
      """;

  @TempDir Path tmp;

  private Git git;
  private Watcher watcher;
  private WatchHttpServer http;
  private final StringWriter log = new StringWriter();

  @AfterEach
  void close() {
    if (http != null) {
      http.close();
    }
    if (watcher != null) {
      watcher.stop(GRACE);
    }
    if (git != null) {
      git.close();
    }
  }

  private Path sim() {
    return tmp.resolve("sim");
  }

  private String commit(String message, String potfile) throws Exception {
    Path repo = tmp.resolve("specs");
    if (git == null) {
      git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    }
    Files.writeString(repo.resolve("pots.yaml"), potfile);
    git.add().addFilepattern(".").call();
    return git.commit()
        .setMessage(message)
        .setAuthor("t", "t@example.org")
        .setCommitter("t", "t@example.org")
        .call()
        .name();
  }

  private void watch(boolean planOnly) throws Exception {
    EngineReconciler engine =
        new EngineReconciler(
            Optional.of("sim:" + sim()), List.of(), false, OptionalInt.empty(), () -> false);
    WatchMetrics metrics = new WatchMetrics();
    WatchLog watchLog = new WatchLog(new PrintWriter(log), Clock.systemUTC());
    GitSource source =
        new GitSource(
            tmp.resolve("specs").toString(), Optional.empty(), Optional.empty(), tmp.resolve("w"));
    WatchOptions options = WatchOptions.of("specs", INTERVAL).withPlanOnly(planOnly);
    watcher =
        new Watcher(source, engine, options, metrics, watchLog, Clock.systemUTC(), new Random(1));
    http =
        WatchHttpServer.start(
            new InetSocketAddress("127.0.0.1", 0),
            watcher,
            metrics,
            Signatures.disabled(),
            watchLog);
    watcher.start();
  }

  private HostState host() {
    SimulatedHost runner = new SimulatedHost(SimOptions.of(sim()));
    return HostObserver.create(runner, HostFiles.local()).observe();
  }

  private String log() {
    synchronized (log) {
      return log.toString();
    }
  }

  private void awaitHost(String what, java.util.function.Predicate<HostState> holds) {
    await()
        .atMost(GRACE)
        .untilAsserted(() -> assertTrue(holds.test(host()), () -> what + "; log:\n" + log()));
  }

  @Test
  void theHeadCommitIsAppliedThenANewCommitThenDriftIsHealed() throws Exception {
    String first = commit("web", WEB);
    watch(false);
    awaitHost("web running", h -> h.jails().containsKey("web"));
    await()
        .atMost(GRACE)
        .until(() -> watcher.status().current().map(r -> r.id()).orElse("").equals(first));

    String second = commit("api", WEB + API);
    awaitHost("api created", h -> h.pots().containsKey("api"));
    await()
        .atMost(INTERVAL.multipliedBy(2).plus(GRACE))
        .until(() -> watcher.status().current().map(r -> r.id()).orElse("").equals(second));

    Command stop = Command.of("pot", "stop", "-p", "web");
    new SimulatedHost(SimOptions.of(sim())).run(stop).requireSuccess(stop);
    awaitHost("web running again", h -> h.jails().containsKey("web"));
    // The drift line is logged once the reconcile has returned (host lock released), a moment
    // after the host is healed.
    await().atMost(GRACE).until(() -> log().contains("event=drift") && log().contains("pot.web"));
    WatchStatus status = watcher.status();
    assertEquals(second, status.current().orElseThrow().id());
  }

  @Test
  void planOnlyChangesNothingAndReportsDrift() throws Exception {
    commit("web", WEB);
    watch(true);
    await()
        .atMost(GRACE)
        .until(() -> watcher.status().last().map(r -> r.drift().contains("pot.web")).orElse(false));
    assertTrue(host().pots().isEmpty(), "plan-only created nothing");
    assertTrue(watcher.status().last().orElseThrow().summary().get("create") >= 1);
  }

  @Test
  void anInvalidCommitLeavesTheHostAtTheLastGoodCommit() throws Exception {
    String good = commit("web", WEB);
    watch(false);
    awaitHost("web running", h -> h.jails().containsKey("web"));
    commit("broken", "version: 1\npots:\n  web:\n    bass: \"14.1\"\n");
    await()
        .atMost(GRACE)
        .until(
            () ->
                watcher.status().head().map(r -> r.result().label()).orElse("").equals("invalid"));
    // the unknown key (since image/template pots, a missing base is reported first, at 3:3)
    assertTrue(
        watcher.status().head().orElseThrow().diagnostics().stream()
            .anyMatch(f -> f.where().equals("pots.yaml:4:5")),
        () -> watcher.status().head().orElseThrow().diagnostics().toString());
    assertEquals(good, watcher.status().current().orElseThrow().id());
    assertTrue(host().pots().containsKey("web"), "nothing was deleted");
  }

  /** A duplicate key's /status diagnostic points at the first definition, as plan -o json does. */
  @Test
  void theStatusDiagnosticsCarryTheRelatedPlace() throws Exception {
    commit("dup", "version: 1\npots:\n  web:\n    base: \"14.1\"\n    base: \"14.2\"\n");
    watch(true);
    await()
        .atMost(GRACE)
        .until(
            () ->
                watcher.status().head().map(r -> r.result().label()).orElse("").equals("invalid"));
    JsonNode status = DocumentSchemas.assertValid("watch-status", getStatus());
    JsonNode dup = status.path("head").path("diagnostics").path(0);
    assertEquals("pots.yaml:5:5", dup.path("at").asString(), status.toString());
    assertEquals("pots.yaml", dup.path("related").path("file").asString(), dup.toString());
    assertEquals(4, dup.path("related").path("line").asInt(), dup.toString());
    assertEquals(5, dup.path("related").path("column").asInt(), dup.toString());
  }

  private String getStatus() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + http.address().getPort() + "/status"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** A spec warning (a missing host directory) is in /status as in plan -o json, first. */
  @Test
  void theSpecWarningsAreInTheStatusDocument() throws Exception {
    commit("web", WEB + "    mounts:\n      - {dir: /srv/nope, at: /data}\n");
    watch(true);
    await().atMost(GRACE).until(() -> watcher.status().last().isPresent());
    JsonNode status = DocumentSchemas.assertValid("watch-status", getStatus());
    JsonNode warning = status.path("diagnostics").path(0);
    assertEquals("warning", warning.path("severity").asString(), status.toString());
    assertEquals("pots.yaml", warning.path("file").asString(), warning.toString());
    assertEquals("pots.web.mounts[0].dir", warning.path("path").asString(), warning.toString());
    assertTrue(warning.path("message").asString().contains("/srv/nope"), warning.toString());
  }
}
