package org.potctl.controller.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.potctl.controller.testkit.RunAssert.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.HostAssert;
import org.potctl.controller.testkit.Potctl;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.JournalReader;

/**
 * A real {@code potctl watch --repo} (a child JVM following a git repository made with JGit)
 * records the repository and path as the origin of its spec id; an operator's {@code apply} of
 * another directory with the same spec id is then refused, naming that origin, and changes nothing.
 */
class WatchOriginTest {

  private static final String POTS =
      "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n";

  @TempDir Path tmp;

  private Process watch;

  @AfterEach
  void stop() throws Exception {
    if (watch != null && watch.isAlive()) {
      watch.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private Path repo() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("specs"));
    Files.createDirectories(repo.resolve("app"));
    Files.writeString(repo.resolve("app/pots.yaml"), POTS);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("app")
          .setAuthor("t", "t@example.org")
          .setCommitter("t", "t@example.org")
          .call();
    }
    return repo.toRealPath();
  }

  private Process startWatch(Path sim, Path repo) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> argv =
        List.of(
            java,
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--host",
            "sim:" + sim,
            "watch",
            "--repo",
            repo.toString(),
            "--path",
            "app",
            "--interval",
            "1s",
            "--listen",
            "127.0.0.1:0",
            "--work-dir",
            tmp.resolve("work").toString());
    return new ProcessBuilder(argv)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("watch.log").toFile())
        .start();
  }

  @Test
  void anOperatorApplyOfAnotherDirectoryWithTheWatchersSpecIdIsRefusedNamingTheOrigin()
      throws Exception {
    Path sim = tmp.resolve("sim");
    Path repo = repo();
    String origin = repo + "//app";
    watch = startWatch(sim, repo);
    Inventory inventory = new Inventory(sim.resolve("state"));
    await()
        .atMost(Duration.ofSeconds(120))
        .untilAsserted(
            () -> {
              assertTrue(watch.isAlive(), () -> log());
              assertEquals(Optional.of(origin), inventory.origin("app"), this::log);
              assertTrue(
                  new JournalReader(sim.resolve("state"))
                      .last()
                      .map(j -> j.succeeded())
                      .orElse(false),
                  this::log);
            });

    Path other = Files.createDirectories(tmp.resolve("elsewhere/app"));
    Files.writeString(other.resolve("pots.yaml"), POTS.replace("web:", "api:"));
    Potctl host = Potctl.onSim(sim);
    int mark = host.mark();
    // the watcher may hold the lock for a cycle at this moment: wait for it, as an operator would
    assertThat(
            host.run(
                "apply", other.toString(), "--yes", "--allow-data-loss", "--lock-timeout", "60s"))
        .exits(3)
        .errContains(
            "spec id 'app' belongs on this host to the spec at " + origin,
            "not to " + other.toRealPath(),
            "--spec-id")
        .outLacks("delete");
    HostAssert.assertThat(host).since(mark).ranNothing().lastJournalIsARefusal(origin);
    assertEquals(Optional.of(origin), inventory.origin("app"), "the watcher keeps its id");

    watch.destroy(); // SIGTERM: a normal stop
    assertTrue(watch.waitFor(60, TimeUnit.SECONDS), this::log);
    assertEquals(0, watch.exitValue(), log());
  }

  private String log() {
    try {
      return Files.readString(tmp.resolve("watch.log"));
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
