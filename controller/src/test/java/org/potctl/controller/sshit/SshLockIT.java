package org.potctl.controller.sshit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.exec.Command;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.ssh.SshRunner;
import org.potctl.state.statedir.ApplyJournal;
import org.potctl.state.statedir.Inventory;
import org.potctl.state.statedir.Journal;
import org.potctl.state.statedir.JournalReader;
import org.potctl.state.statedir.JournalRecord;
import org.potctl.state.statedir.StateStore;

/** The state directory of an SSH host lives on that host: its lock, journal and inventory. */
class SshLockIT {

  private static final Path SPEC =
      Path.of("..", "examples", "potfiles", "web-single").toAbsolutePath().normalize();

  @TempDir Path dir;

  private static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  /** A child JVM holding the remote lock through its own ssh connection. */
  private static Process holder(String host, String command) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HoldSshLockMain.class.getName(),
                host,
                command)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertTrue(line != null && line.startsWith("locked "), "holder said: " + line);
    return p;
  }

  @Test
  void theLockIsOnTheRemoteHostAndDiesWithItsHolder() throws Exception {
    try (SimBehindSsh host = SimBehindSsh.start(dir)) {
      Process child = holder(host.host(), "potctl apply held-by-child");
      try {
        Run overSsh = potctl("apply", SPEC.toString(), "--host", host.host(), "--yes");
        assertEquals(3, overSsh.code(), overSsh.toString());
        assertTrue(
            overSsh.err().contains("host is locked (ssh://127.0.0.1:" + host.sshd.port() + ":"),
            overSsh.err());
        assertTrue(overSsh.err().contains("by pid " + child.pid() + " ("), overSsh.err());
        assertTrue(overSsh.err().contains("running 'potctl apply held-by-child'"), overSsh.err());

        Run local = potctl("apply", SPEC.toString(), "--host", "sim:" + host.simDir, "--yes");
        assertEquals(3, local.code(), local.toString());
        assertTrue(local.err().contains("running 'potctl apply held-by-child'"), local.err());
        assertTrue(
            local.err().contains("host is locked (" + host.stateDir().resolve("lock") + ")"),
            local.err());
        assertEquals(
            "",
            Files.exists(host.simDir.resolve("commands.log"))
                ? mutating(Files.readString(host.simDir.resolve("commands.log")))
                : "");
      } finally {
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      }
      Run after =
          potctl("apply", SPEC.toString(), "--host", host.host(), "--yes", "--lock-timeout", "30s");
      assertEquals(0, after.code(), after.toString());

      JournalReader journals = new JournalReader(StateStore.local(host.stateDir()));
      ApplyJournal last = journals.last().orElseThrow();
      assertEquals("succeeded", last.outcome().orElseThrow());
      assertTrue(last.unfinishedSteps().isEmpty());
      assertTrue(
          last.records().stream().anyMatch(r -> r.event() == JournalRecord.Event.STEP_FINISHED));
      assertEquals("potctl apply " + SPEC, last.records().get(0).message().orElseThrow());
      assertFalse(Files.exists(host.stateDir().resolve("lock.json")));
    }
  }

  private static String mutating(String log) {
    StringBuilder b = new StringBuilder();
    for (String line : log.split("\n")) {
      if (line.matches("pot (create|start|set-|mount|export|add|clone).*|zfs (create|set).*")) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void journalAndInventoryAreReadAndWrittenOnTheRemoteHost() throws Exception {
    try (SimBehindSsh host = SimBehindSsh.start(dir);
        Host ssh = HostConnector.connect(HostSpec.parse(host.host()))) {
      StateStore remote = ssh.state();
      assertEquals(
          "ssh://127.0.0.1:" + host.sshd.port() + ":" + host.stateDir(), remote.location());
      try (Journal j =
          Journal.start(remote, "20261123T135000Z-0001", "potctl apply x", () -> Instant.EPOCH)) {
        j.stepStarted(1, "pot.web", List.of("pot", "create", "-p", "it's $(id)"));
        ApplyJournal mid =
            new JournalReader(StateStore.local(host.stateDir())).read("20261123T135000Z-0001");
        assertEquals(1, mid.unfinishedSteps().size(), "the line is on the host before the step");
        assertEquals(
            List.of("pot", "create", "-p", "it's $(id)"), mid.unfinishedSteps().get(0).argv());
      }
      assertEquals(List.of("20261123T135000Z-0001"), new JournalReader(remote).applyIds());
      assertEquals(1, new JournalReader(remote).last().orElseThrow().unfinishedSteps().size());

      new Inventory(remote).record("prod", Inventory.Kind.BRIDGE, "backend");
      new Inventory(remote).record("prod", Inventory.Kind.FLAVOUR, "ng inx'");
      assertEquals(
          new Inventory(StateStore.local(host.stateDir())).read(), new Inventory(remote).read());
      assertTrue(
          Files.readString(host.stateDir().resolve("inventory.json")).contains("\"ng inx'\""));
      try (var files = Files.list(host.stateDir())) {
        assertEquals(
            List.of("inventory.json", "journal"),
            files.map(p -> p.getFileName().toString()).sorted().toList());
      }
    }
  }

  /** Prints what a journal line costs over SSH: one long-lived session vs one command per line. */
  @Test
  void journalRoundTripFigures() throws Exception {
    try (SimBehindSsh host = SimBehindSsh.start(dir);
        Host ssh = HostConnector.connect(HostSpec.parse(host.host()))) {
      int n = 50;
      SshRunner runner = ssh.sshRunner().orElseThrow();
      runner.runRemote(Command.of("true"));
      long t0 = System.nanoTime();
      try (Journal j = Journal.start(ssh.state(), "bench-session", "bench", () -> Instant.EPOCH)) {
        for (int i = 0; i < n; i++) {
          j.stepSkipped(i, "pot.p" + i, "bench");
        }
      }
      long session = System.nanoTime() - t0;
      Path file = host.stateDir().resolve("journal/bench-commands.jsonl");
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        runner.runRemote(
            Command.of("sh", "-c", "cat >> \"$1\"", "append", file.toString())
                .withStdin("{\"event\":\"step_skipped\"}\n"));
      }
      long commands = System.nanoTime() - t1;
      System.out.printf(
          "FIGURES journal over ssh, %d lines: one session %.1f ms/line, one command per line"
              + " %.1f ms/line%n",
          n, session / 1e6 / n, commands / 1e6 / n);
      assertEquals(
          n + 1, Files.readAllLines(host.stateDir().resolve("journal/bench-session.jsonl")).size());
      assertEquals(n, Files.readAllLines(file).size());
    }
  }
}
