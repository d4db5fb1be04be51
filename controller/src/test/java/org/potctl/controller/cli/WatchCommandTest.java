package org.potctl.controller.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;

class WatchCommandTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return Potctl.bare(args);
  }

  @Test
  void needsExactlyOneOfRepoAndDir() {
    assertEquals(64, run("watch").code());
    Run both = run("watch", "--repo", "r", "--dir", dir.toString());
    assertEquals(64, both.code());
    assertTrue(both.err().contains("mutually exclusive"), both.err());
  }

  @Test
  void refusesBranchOrPathWithDir() {
    Run r = run("watch", "--dir", dir.toString(), "--branch", "main");
    assertEquals(64, r.code());
    assertTrue(r.err().contains("--branch and --path need --repo"), r.err());
  }

  @Test
  void refusesMalformedIntervalListenDriftAndSecret() throws Exception {
    assertTrue(
        run("watch", "--dir", dir.toString(), "--interval", "60").err().contains("--interval"));
    assertEquals(64, run("watch", "--dir", dir.toString(), "--interval", "0s").code());
    assertEquals(64, run("watch", "--dir", dir.toString(), "--listen", "9108").code());
    assertEquals(64, run("watch", "--dir", dir.toString(), "--drift", "ignore").code());
    Path empty = Files.writeString(dir.resolve("secret"), "\n");
    Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));
    Run r = run("watch", "--dir", dir.toString(), "--webhook-secret-file", empty.toString());
    assertEquals(64, r.code());
    assertTrue(r.err().contains("secret is empty"), r.err());
    assertEquals(
        64,
        run("watch", "--dir", dir.toString(), "--webhook-secret-file", dir.resolve("no").toString())
            .code());
  }

  @Test
  void refusesAPathOutsideTheRepository() {
    Run r = run("watch", "--repo", dir.toString(), "--path", "../elsewhere");
    assertEquals(64, r.code());
    assertTrue(r.err().contains("--path must be relative"), r.err());
  }

  /**
   * {@code --branch ../x} was no usage error: every cycle logged an undocumented {@code
   * cycle-failed} with JGit's RevisionSyntaxException while the fetch metric stayed ok.
   */
  @Test
  void refusesABranchNameGitCouldNotHave() {
    for (String bad : List.of("../x", "-x", "a b", "a..b", "x.lock")) {
      Run r = run("watch", "--repo", dir.toString(), "--branch", bad);
      assertEquals(64, r.code(), bad + ": " + r.all());
      assertTrue(
          r.err().contains("--branch '" + bad + "' is not a valid branch name"),
          bad + ": " + r.err());
    }
  }

  @Test
  void sigtermFinishesAndExitsZero() throws Exception {
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("pots.yaml"), "version: 1\npots:\n  web:\n    base: \"14.1\"\n");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Path err = dir.resolve("err.txt");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "--host",
                    "sim:" + dir.resolve("sim"),
                    "watch",
                    "--dir",
                    spec.toString(),
                    "--listen",
                    "127.0.0.1:" + port,
                    "--interval",
                    "1s"))
            .redirectErrorStream(false)
            .redirectError(err.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> Files.readString(err).contains("event=reconciled type=commit"));
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      p.destroy();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the watcher stops");
      assertEquals(0, p.exitValue(), Files.readString(err));
      String log = Files.readString(err);
      assertTrue(log.contains("event=stopping") && log.contains("event=stopped"), log);
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void theWatchersOwnListenPortIsReservedFromSpecs() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(
        spec.resolve("pots.yaml"),
        "version: 1\npots:\n  web:\n    base: \"14.1\"\n    network: {type: public-bridge}\n"
            + "    ports: [\"80:"
            + port
            + "\"]\n");
    String java = ProcessHandle.current().info().command().orElse("java");
    Path err = dir.resolve("err.txt");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "--host",
                    "sim:" + dir.resolve("sim"),
                    "watch",
                    "--dir",
                    spec.toString(),
                    "--listen",
                    "127.0.0.1:" + port,
                    "--interval",
                    "1s"))
            .redirectError(err.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () ->
                  Files.readString(err)
                      .contains("host port " + port + " is reserved for the host's own services"));
      assertTrue(
          Files.readString(err).contains("reserved: 22," + port),
          "the --listen port joins the default: " + Files.readString(err));
      assertEquals(0, run("validate", spec.toString()).code(), "validate does not listen");
    } finally {
      p.destroy();
      p.waitFor(60, TimeUnit.SECONDS);
      p.destroyForcibly();
    }
  }
}
