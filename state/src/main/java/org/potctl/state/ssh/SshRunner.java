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
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;
import org.potctl.state.exec.CommandTimeoutException;
import org.potctl.state.exec.ProcessCommandRunner;
import org.potctl.state.exec.ProcessCommandRunner.RawResult;
import org.potctl.state.exec.ProgramAllowlist;

/**
 * Runs each argv on a remote host through the OpenSSH client, all over one multiplexed connection:
 * a control master started on first use ({@code ControlMaster}, {@code ControlPath} in a private
 * temporary directory, {@code ControlPersist}) and closed by {@link #close()} with {@code ssh -O
 * exit}. The client runs in batch mode (no prompts; host key checking as configured, on by default)
 * and reads {@code ~/.ssh/config}, {@code known_hosts} and the agent as usual.
 *
 * <p>Every word is single-quoted for the remote POSIX shell ({@link ShellQuoting}) and the program
 * runs with {@code LC_ALL=C}; standard input passes through. A remote exit status is returned as
 * is; status 255 (the client's own failure: unreachable, authentication, dropped connection) throws
 * {@link SshConnectionException}. At most {@link #MAX_SESSIONS} commands share the connection at
 * once (sshd's {@code MaxSessions} is 10 by default). {@link #run} (what the drivers and plan steps
 * use) refuses any program outside {@link ProgramAllowlist} before it sends anything.
 */
public final class SshRunner implements CommandRunner, AutoCloseable {

  /** Concurrent sessions over the one connection. */
  public static final int MAX_SESSIONS = 8;

  /** How long an idle master outlives its last command (also bounds an orphaned master). */
  static final Duration PERSIST = Duration.ofMinutes(2);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern MASTER_PID = Pattern.compile("pid=([0-9]+)");

  private final SshTarget target;
  private final String ssh;
  private final Path controlDir;
  private final ProcessCommandRunner local = new ProcessCommandRunner();
  private final Semaphore sessions = new Semaphore(MAX_SESSIONS);
  private final AtomicLong remoteCommands = new AtomicLong();
  private boolean started;
  private boolean closed;

  private SshRunner(SshTarget target, String ssh, Path controlDir) {
    this.target = target;
    this.ssh = ssh;
    this.controlDir = controlDir;
    OpenRunners.add(this);
  }

  /** A runner for {@code target}; connects on the first command. */
  public static SshRunner open(SshTarget target) {
    Objects.requireNonNull(target, "target");
    return new SshRunner(target, sshProgram(), privateDirectory());
  }

  /** The target this runner reaches. */
  public SshTarget target() {
    return target;
  }

  /**
   * Runs {@code command} on the remote host if {@link ProgramAllowlist} allows it.
   *
   * @throws org.potctl.state.exec.ProgramRefusedException for any other program (nothing is sent)
   */
  @Override
  public CommandResult run(Command command) {
    ProgramAllowlist.require(command);
    RawResult raw = runRemote(command);
    return new CommandResult(
        raw.exitCode(), new String(raw.stdout(), StandardCharsets.UTF_8), raw.stderr(), raw.took());
  }

  /**
   * Runs {@code command} on the remote host and keeps its standard output as bytes. Not checked
   * against {@link ProgramAllowlist}: for potctl's own fixed scripts (file reads, state directory)
   * only; drivers and plan steps reach the host through {@link #run}, which is.
   *
   * @throws SshConnectionException if the client failed (exit 255)
   * @throws CommandTimeoutException if it outlived its timeout (the local client was killed)
   */
  public RawResult runRemote(Command command) {
    ensureMaster();
    String line = "LC_ALL=C " + ShellQuoting.command(command.argv());
    Command client = new Command(clientArgv(line), command.timeout(), command.stdin());
    RawResult raw;
    sessions.acquireUninterruptibly();
    remoteCommands.incrementAndGet();
    try {
      raw = local.runRaw(client);
    } catch (CommandTimeoutException e) {
      throw new CommandTimeoutException(command, command.timeout());
    } finally {
      sessions.release();
    }
    if (raw.exitCode() == 255) {
      throw new SshConnectionException(
          "ssh to "
              + target.display()
              + " failed while running '"
              + command.display()
              + "': "
              + lastLine(raw.stderr()));
    }
    return raw;
  }

  /**
   * Starts {@code argv} on the remote host as a long-lived session over the connection, with its
   * standard input, output and error as pipes: the caller talks to it and ends it by closing its
   * standard input. The session holds one of the {@link #MAX_SESSIONS} slots until it exits. If
   * potctl dies or the connection drops, the remote command sees its standard input close. Only for
   * potctl's own state-directory scripts (lock, journal): not checked against {@link
   * ProgramAllowlist}.
   */
  public Process startSession(List<String> argv) {
    ensureMaster();
    String line = "LC_ALL=C " + ShellQuoting.command(argv);
    sessions.acquireUninterruptibly();
    remoteCommands.incrementAndGet();
    try {
      Process p = new ProcessBuilder(clientArgv(line)).start();
      p.onExit().thenRun(sessions::release);
      return p;
    } catch (IOException e) {
      sessions.release();
      throw new StateException("cannot start " + ssh + ": " + e.getMessage(), e);
    }
  }

  /** How many remote commands this runner has run (each one round trip), file reads included. */
  public long remoteCommands() {
    return remoteCommands.get();
  }

  /** The pid of the running control master, as {@code ssh -O check} reports it. */
  public OptionalLong masterPid() {
    CommandResult check = local.run(control("check"));
    Matcher m = MASTER_PID.matcher(check.stderr());
    return check.succeeded() && m.find()
        ? OptionalLong.of(Long.parseLong(m.group(1)))
        : OptionalLong.empty();
  }

  /**
   * Stops the control master ({@code ssh -O exit}) and removes the private directory. A runner left
   * open is closed by the one process-wide shutdown hook ({@link OpenRunners}); no runner adds a
   * hook of its own.
   */
  @Override
  public void close() {
    closeQuietly();
    OpenRunners.remove(this);
  }

  private synchronized void closeQuietly() {
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

  private synchronized void ensureMaster() {
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

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    String last = lines[lines.length - 1].strip();
    return last.isEmpty() ? "ssh exited 255 without a message" : last;
  }

  private static String sshProgram() {
    return Files.isExecutable(Path.of("/usr/bin/ssh")) ? "/usr/bin/ssh" : "ssh";
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
      paths.sorted(Comparator.reverseOrder()).forEach(SshRunner::deleteQuietly);
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
