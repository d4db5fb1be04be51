package org.potctl.controller.sshit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.potctl.controller.testkit.Potctl;
import org.potctl.controller.testkit.Run;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.ProgramRefusedException;
import org.potctl.state.files.HostFiles;
import org.potctl.state.host.Host;
import org.potctl.state.host.HostConnector;
import org.potctl.state.host.HostSpec;
import org.potctl.state.model.HostState;
import org.potctl.state.observe.HostObserver;
import org.potctl.state.sim.SimulatedHost;
import org.potctl.state.ssh.SshConnectionException;
import org.potctl.state.ssh.SshRunner;

/** {@code --host ssh://} against a real sshd on loopback whose pot host is the simulator. */
class SshHostIT {

  @TempDir Path dir;

  private static Run potctl(String... args) {
    return Potctl.bare(args);
  }

  private static void ok(SimulatedHost sim, String... argv) {
    CommandResult r = sim.run(Command.of(argv));
    assertEquals(0, r.exitCode(), String.join(" ", argv) + " -> " + r);
  }

  private static void populate(SimulatedHost sim) {
    ok(sim, "pot", "create-base", "-r", "14.1");
    ok(sim, "pot", "create-private-bridge", "-B", "backend", "-S", "4");
    ok(sim, "pot", "create-fscomp", "-f", "data");
    ok(sim, "pot", "create", "-p", "web", "-b", "14.1", "-N", "public-bridge");
    ok(sim, "pot", "mount-in", "-p", "web", "-f", "data", "-m", "/var/db/data", "-r");
    ok(sim, "pot", "export-ports", "-p", "web", "-e", "80:30080");
    ok(sim, "pot", "create", "-p", "db", "-b", "14.1", "-N", "private-bridge", "-B", "backend");
    ok(sim, "pot", "start", "web");
  }

  @Test
  void observeOverSshEqualsObserveOfTheSameSimulator() throws Exception {
    try (SimBehindSsh host = SimBehindSsh.start(dir)) {
      populate(host.local());
      Run local = potctl("observe", "--host", "sim:" + host.simDir, "-o", "json");
      Run remote = potctl("observe", "--host", host.host(), "-o", "json");
      assertEquals(0, remote.code(), remote.err());
      assertTrue(
          remote
              .err()
              .startsWith("using pot host ssh://127.0.0.1:" + host.sshd.port() + " over ssh"),
          remote.err());
      assertEquals(
          local.out().replaceFirst("\"driver\" ?: ?\"sim\"", "DRIVER"),
          remote.out().replaceFirst("\"driver\" ?: ?\"ssh\"", "DRIVER"));
      assertTrue(remote.out().contains("30080"), remote.out());
    }
  }

  @Test
  void observationIsAConstantNumberOfRoundTrips() throws Exception {
    try (SimBehindSsh host = SimBehindSsh.start(dir);
        Host ssh = HostConnector.connect(HostSpec.parse(host.host()))) {
      SimulatedHost sim = host.local();
      populate(sim);
      SshRunner runner = ssh.sshRunner().orElseThrow();
      HostState before = HostObserver.create(ssh.runner(), ssh.files()).observe();
      // + 1: the host's first pot command is preceded, once, by the `pot version -q` check
      assertEquals(HostObserver.MAX_COMMANDS + 2, runner.remoteCommands());
      for (int i = 0; i < 8; i++) {
        ok(sim, "pot", "create", "-p", "p" + i, "-b", "14.1", "-N", "public-bridge");
      }
      HostState after = HostObserver.create(ssh.runner(), ssh.files()).observe();
      assertEquals(2 * (HostObserver.MAX_COMMANDS + 1) + 1, runner.remoteCommands());
      assertEquals(before.pots().size() + 8, after.pots().size());
      assertEquals(HostObserver.create(sim, HostFiles.local()).observe(), after);
    }
  }

  @Test
  void hostileWordsStdinAndExitStatusPassThrough() throws Exception {
    try (SimBehindSsh host = SimBehindSsh.start(dir);
        Host ssh = HostConnector.connect(HostSpec.parse(host.host()))) {
      List<String> hostile =
          List.of(
              "two words",
              "it's",
              "\"double\"",
              "$(touch " + dir.resolve("pwned") + ")",
              "`touch " + dir.resolve("pwned2") + "`",
              "a; touch " + dir.resolve("pwned3"),
              "line1\nline2\n",
              "-rf",
              "--",
              "*",
              "$HOME ${PATH}",
              "back\\slash\\",
              "",
              "ünïcødé ✓");
      List<String> argv = new ArrayList<>(List.of("printf", "%s\\0"));
      argv.addAll(hostile);
      CommandResult r = remote(ssh, Command.of(argv));
      assertEquals(0, r.exitCode(), r.stderr());
      String out = r.stdout();
      assertEquals(hostile, List.of(out.substring(0, out.length() - 1).split("\0", -1)));
      assertFalse(Files.exists(dir.resolve("pwned")));
      assertFalse(Files.exists(dir.resolve("pwned2")));
      assertFalse(Files.exists(dir.resolve("pwned3")));
      String input = "line 1\n'$(id)' `x` \\\n";
      assertEquals(input, remote(ssh, Command.of("cat").withStdin(input)).stdout());
      assertEquals(7, remote(ssh, Command.of("sh", "-c", "exit 7")).exitCode());
      Command planted = Command.of("touch", dir.resolve("pwned4").toString());
      assertThrows(ProgramRefusedException.class, () -> ssh.runner().run(planted));
      assertFalse(Files.exists(dir.resolve("pwned4")), "the host runner sent nothing");
      CommandResult pot = ssh.runner().run(Command.of("pot", "create-fscomp", "-f", "data"));
      assertEquals(0, pot.exitCode(), pot.toString());
      assertEquals(
          "zroot/pot/fscomp/data\n",
          host.local()
              .run(Command.of("zfs", "list", "-H", "-o", "name", "zroot/pot/fscomp/data"))
              .stdout());
    }
  }

  @Test
  void aKilledConnectionIsReopenedByTheNextCommandAndClosedAtTheEnd() throws Exception {
    try (SimBehindSsh host = SimBehindSsh.start(dir)) {
      SshRunner runner;
      long second;
      try (Host ssh = HostConnector.connect(HostSpec.parse(host.host()))) {
        runner = ssh.sshRunner().orElseThrow();
        assertEquals("1\n", remote(runner, Command.of("echo", "1")).stdout());
        long first = runner.masterPid().orElseThrow();
        ProcessHandle master = ProcessHandle.of(first).orElseThrow();
        master.destroyForcibly();
        master.onExit().get();
        assertEquals("2\n", remote(runner, Command.of("echo", "2")).stdout());
        second = runner.masterPid().orElseThrow();
        assertNotEquals(first, second);
      }
      assertTrue(runner.masterPid().isEmpty());
      ProcessHandle.of(second).ifPresent(p -> p.onExit().join());
      assertThrows(StateException.class, () -> runner.runRemote(Command.of("true")));
    }
  }

  @Test
  void hostKeyCheckingIsOnByDefault() throws Exception {
    try (SimBehindSsh host = SimBehindSsh.start(dir)) {
      Path config = dir.resolve("strict_config");
      Files.writeString(
          config,
          String.join(
              "\n",
              "IdentityFile " + host.sshd.dir().resolve("client_key"),
              "IdentitiesOnly yes",
              "UserKnownHostsFile " + dir.resolve("empty_known_hosts"),
              "GlobalKnownHostsFile /dev/null",
              ""));
      String address = "ssh://127.0.0.1:" + host.sshd.port() + "?config=" + config;
      try (Host ssh = HostConnector.connect(HostSpec.parse(address))) {
        SshConnectionException e =
            assertThrows(SshConnectionException.class, () -> ssh.runner().run(Command.of("jls")));
        assertTrue(e.getMessage().contains("Host key verification failed"), e.getMessage());
      }
      Run r = potctl("observe", "--host", address);
      assertEquals(1, r.code(), r.err());
      assertTrue(r.err().contains("Host key verification failed"), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
    }
  }

  /** Runs a test's own program over the connection, past the host runner's allowlist. */
  private static CommandResult remote(Host ssh, Command command) {
    return remote(ssh.sshRunner().orElseThrow(), command);
  }

  private static CommandResult remote(SshRunner runner, Command command) {
    var raw = runner.runRemote(command);
    return new CommandResult(
        raw.exitCode(),
        new String(raw.stdout(), java.nio.charset.StandardCharsets.UTF_8),
        raw.stderr(),
        raw.took());
  }
}
