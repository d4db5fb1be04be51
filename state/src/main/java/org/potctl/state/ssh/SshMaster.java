package org.potctl.state.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.ProcessCommandRunner;

/**
 * The OpenSSH control master one {@link SshRunner} multiplexes over: started on first use ({@code
 * ControlMaster=yes}, {@code ControlPath} in a private 0700 directory under /tmp, {@code
 * ControlPersist}), asked with {@code ssh -O check}, stopped with {@code ssh -O exit}. It builds
 * every client argv, so the options of the connection are written once.
 */
final class SshMaster {

  /** How long an idle master outlives its last command (also bounds an orphaned master). */
  static final Duration PERSIST = Duration.ofMinutes(2);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern MASTER_PID = Pattern.compile("pid=([0-9]+)");

  private final SshTarget target;
  private final String ssh;
  private final Path controlDir;
  private final ProcessCommandRunner local;
  private boolean started;
  private boolean closed;

  SshMaster(SshTarget target, ProcessCommandRunner local) {
    this.target = target;
    this.ssh = Files.isExecutable(Path.of("/usr/bin/ssh")) ? "/usr/bin/ssh" : "ssh";
    this.controlDir = privateDirectory();
    this.local = local;
  }

  /** The client program, for messages. */
  String program() {
    return ssh;
  }

  /** The private directory holding the control socket. */
  Path controlDirectory() {
    return controlDir;
  }

  /** Starts the master unless it runs; refused once {@link #close()} ran. */
  synchronized void ensureStarted() {
    if (closed) {
      throw new StateException("the ssh connection to " + target.display() + " is closed");
    }
    if (started) {
      return;
    }
    List<String> argv = new ArrayList<>(common());
    argv.addAll(List.of("-o", "ControlMaster=yes", "-f", "-N", "--", target.host()));
    Path log = controlDir.resolve("master.log");
    try {
      Process p =
          new ProcessBuilder(argv)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(log.toFile())
              .start();
      if (!p.waitFor(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new SshConnectionException(
            "cannot connect to " + target.display() + ": no answer in " + CONNECT_TIMEOUT);
      }
      if (p.exitValue() != 0) {
        throw new SshConnectionException(
            "cannot connect to "
                + target.display()
                + ": "
                + lastLine(Files.readString(log, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new StateException("cannot start " + ssh + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StateException("interrupted while connecting to " + target.display(), e);
    }
    started = true;
  }

  /** Client argv running {@code line} remotely; reconnects by itself if the master died. */
  List<String> clientArgv(String line) {
    List<String> argv = new ArrayList<>(common());
    argv.addAll(List.of("-o", "ControlMaster=auto", "-T", "--", target.host(), line));
    return argv;
  }

  /** The pid of the running master, as {@code ssh -O check} reports it. */
  OptionalLong pid() {
    CommandResult check = local.run(control("check"));
    Matcher m = MASTER_PID.matcher(check.stderr());
    return check.succeeded() && m.find()
        ? OptionalLong.of(Long.parseLong(m.group(1)))
        : OptionalLong.empty();
  }

  /** Stops the master ({@code ssh -O exit}) and removes the private directory; once. */
  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (started) {
      try {
        local.run(control("exit"));
      } catch (StateException e) {
        // The master is gone already; ControlPersist bounds a survivor.
      }
    }
    deleteTree(controlDir);
  }

  /** The last line of the client's error output, for a message. */
  static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    String last = lines[lines.length - 1].strip();
    return last.isEmpty() ? "ssh exited 255 without a message" : last;
  }

  private Command control(String operation) {
    List<String> argv = new ArrayList<>(common());
    argv.addAll(List.of("-O", operation, "--", target.host()));
    return Command.of(argv).withTimeout(Duration.ofSeconds(20));
  }

  private List<String> common() {
    List<String> argv = new ArrayList<>(List.of(ssh));
    argv.addAll(target.clientOptions());
    argv.addAll(
        List.of(
            "-o", "BatchMode=yes",
            "-o", "ControlPath=" + controlDir.resolve("cm"),
            "-o", "ControlPersist=" + PERSIST.toSeconds(),
            "-o", "ServerAliveInterval=15",
            "-o", "ServerAliveCountMax=4"));
    return argv;
  }

  /** A fresh 0700 directory for the control socket; under /tmp, since socket paths are short. */
  private static Path privateDirectory() {
    Path base = Path.of("/tmp");
    if (!Files.isDirectory(base)) {
      base = Path.of(System.getProperty("java.io.tmpdir"));
    }
    try {
      return Files.createTempDirectory(
          base,
          "potctl-ssh-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new StateException("cannot create a private directory for ssh: " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(SshMaster::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a leftover empty directory under /tmp harms nobody.
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Best effort, see deleteTree.
    }
  }
}
