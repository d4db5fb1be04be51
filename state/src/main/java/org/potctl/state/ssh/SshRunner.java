package org.potctl.state.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
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
 * the {@link SshMaster} started on first use and stopped by {@link #close()}. The client runs in
 * batch mode (no prompts; host key checking as configured, on by default) and reads {@code
 * ~/.ssh/config}, {@code known_hosts} and the agent as usual.
 *
 * <p>Every word is single-quoted for the remote POSIX shell ({@link ShellQuoting}) and the program
 * runs with {@code LC_ALL=C} in the remote root directory ({@link ShellQuoting#remoteLine});
 * standard input passes through. A remote exit status is returned as is; status 255 (the client's
 * own failure: unreachable, authentication, dropped connection) throws {@link
 * SshConnectionException}. At most {@link #MAX_SESSIONS} commands share the connection at once
 * (sshd's {@code MaxSessions} is 10 by default). {@link #run} (what the drivers and plan steps use)
 * refuses any program outside {@link ProgramAllowlist} before it sends anything.
 */
public final class SshRunner implements CommandRunner, AutoCloseable {

  /** Concurrent sessions over the one connection. */
  public static final int MAX_SESSIONS = 8;

  private final SshTarget target;
  private final ProcessCommandRunner local = new ProcessCommandRunner();
  private final SshMaster master;
  private final Semaphore sessions = new Semaphore(MAX_SESSIONS);
  private final AtomicLong remoteCommands = new AtomicLong();

  private SshRunner(SshTarget target) {
    this.target = target;
    this.master = new SshMaster(target, local);
    OpenRunners.add(this);
  }

  /** A runner for {@code target}; connects on the first command. */
  public static SshRunner open(SshTarget target) {
    Objects.requireNonNull(target, "target");
    return new SshRunner(target);
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
    master.ensureStarted();
    String line = ShellQuoting.remoteLine(command.argv());
    Command client = new Command(master.clientArgv(line), command.timeout(), command.stdin());
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
              + SshMaster.lastLine(raw.stderr()));
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
    master.ensureStarted();
    String line = ShellQuoting.remoteLine(argv);
    sessions.acquireUninterruptibly();
    remoteCommands.incrementAndGet();
    try {
      Process p = new ProcessBuilder(master.clientArgv(line)).start();
      p.onExit().thenRun(sessions::release);
      return p;
    } catch (IOException e) {
      sessions.release();
      throw new StateException("cannot start " + master.program() + ": " + e.getMessage(), e);
    }
  }

  /** How many remote commands this runner has run (each one round trip), file reads included. */
  public long remoteCommands() {
    return remoteCommands.get();
  }

  /** The private directory of the control socket (removed by {@link #close()}). */
  Path controlDirectory() {
    return master.controlDirectory();
  }

  /** The pid of the running control master, as {@code ssh -O check} reports it. */
  public OptionalLong masterPid() {
    return master.pid();
  }

  /**
   * Stops the control master ({@code ssh -O exit}) and removes the private directory. A runner left
   * open is closed by the one process-wide shutdown hook ({@link OpenRunners}); no runner adds a
   * hook of its own.
   */
  @Override
  public void close() {
    master.close();
    OpenRunners.remove(this);
  }
}
