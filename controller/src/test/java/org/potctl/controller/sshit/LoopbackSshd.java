package org.potctl.controller.sshit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A private OpenSSH server on 127.0.0.1 for tests: its own config, host key and client key in a
 * temporary directory, {@code /usr/sbin/sshd -D -e -f CONFIG} run as a child process and stopped by
 * {@link #close()}. The remote environment ({@code PATH}, {@code POTCTL}, {@code POTCTL_SIM_DIR})
 * comes from {@code SetEnv}, so {@code pot}, {@code zfs}, {@code jls} and {@code pfctl} there are
 * the simulator's wrappers. Without sshd the test is skipped with a notice, or fails when {@code
 * REQUIRE_SSH=1}.
 */
final class LoopbackSshd implements AutoCloseable {

  static final Path SSHD = Path.of("/usr/sbin/sshd");
  static final Path SSH = Path.of("/usr/bin/ssh");
  static final Path KEYGEN = Path.of("/usr/bin/ssh-keygen");

  private final Path dir;
  private final int port;
  private final Process process;

  private LoopbackSshd(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /** Skips the calling test (or fails it with {@code REQUIRE_SSH=1}) saying why. */
  static void skip(String why) {
    if ("1".equals(System.getenv("REQUIRE_SSH"))) {
      fail("REQUIRE_SSH=1 but " + why);
    }
    System.err.println("NOTICE: SSH integration tests SKIPPED: " + why);
    Assumptions.abort("SSH tests skipped: " + why);
  }

  /** Starts a server whose sessions get {@code env}; {@code dir} holds its keys and config. */
  static LoopbackSshd start(Path dir, Map<String, String> env) throws Exception {
    for (Path p : List.of(SSHD, SSH, KEYGEN)) {
      if (!Files.isExecutable(p)) {
        skip(p + " is missing (./run-tests installs openssh-server as root)");
      }
    }
    Files.createDirectories(dir);
    keygen(dir.resolve("host_key"));
    keygen(dir.resolve("client_key"));
    Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
    int port = freePort();
    String hostKey = Files.readString(dir.resolve("host_key.pub")).strip();
    Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + hostKey + "\n");
    Files.writeString(
        dir.resolve("ssh_config"),
        String.join(
            "\n",
            "IdentityFile " + dir.resolve("client_key"),
            "IdentitiesOnly yes",
            "UserKnownHostsFile " + dir.resolve("known_hosts"),
            "GlobalKnownHostsFile /dev/null",
            "StrictHostKeyChecking yes",
            "LogLevel ERROR",
            ""));
    StringBuilder setEnv = new StringBuilder("SetEnv");
    env.forEach((k, v) -> setEnv.append(" \"").append(k).append('=').append(v).append('"'));
    Files.writeString(
        dir.resolve("sshd_config"),
        String.join(
            "\n",
            "ListenAddress 127.0.0.1:" + port,
            "HostKey " + dir.resolve("host_key"),
            "PidFile " + dir.resolve("sshd.pid"),
            "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "UsePAM no",
            "StrictModes no",
            "PermitRootLogin prohibit-password",
            "MaxSessions 10",
            setEnv.toString(),
            ""));
    privsepDirectory();
    Process p =
        new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sshd.log").toFile())
            .start();
    LoopbackSshd sshd = new LoopbackSshd(dir, port, p);
    sshd.awaitListening();
    return sshd;
  }

  /** {@code --host} for this server: {@code ssh://127.0.0.1:PORT?config=…}. */
  String hostArgument() {
    return "ssh://127.0.0.1:" + port + "?config=" + dir.resolve("ssh_config");
  }

  Path dir() {
    return dir;
  }

  int port() {
    return port;
  }

  String log() throws IOException {
    return Files.readString(dir.resolve("sshd.log"), StandardCharsets.UTF_8);
  }

  private void awaitListening() throws Exception {
    for (int i = 0; i < 100; i++) {
      if (!process.isAlive()) {
        skip("sshd did not start (" + log().strip() + ")");
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    close();
    skip("sshd did not listen on 127.0.0.1:" + port);
  }

  /** sshd needs its privilege separation directory; only root can create it. */
  private static void privsepDirectory() {
    Path run = Path.of("/run/sshd");
    if (!Files.isDirectory(run)) {
      try {
        Files.createDirectories(run);
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (IOException e) {
        skip("cannot create " + run + " (not root?): " + e.getMessage());
      }
    }
  }

  private static void keygen(Path key) throws Exception {
    Process p =
        new ProcessBuilder(KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      fail("ssh-keygen failed: " + out);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Stops the server and every session process it started. */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }
}
