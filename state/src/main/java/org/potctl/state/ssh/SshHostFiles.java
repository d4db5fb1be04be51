package org.potctl.state.ssh;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.potctl.state.StateException;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.ProcessCommandRunner.RawResult;
import org.potctl.state.files.FileRequest;
import org.potctl.state.files.HostFiles;

/**
 * {@link HostFiles} on a remote host: every question is one remote command running the constant
 * {@link RemoteFileScript}; {@link #prefetch} asks a whole batch in one command and answers from
 * it, so observation reads pot's files in a single round trip whatever the number of pots.
 */
public final class SshHostFiles implements HostFiles {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  /** Runs one command on the host, keeping standard output as bytes. */
  @FunctionalInterface
  interface RawExec {
    RawResult run(Command command);
  }

  private final RawExec exec;
  private final String where;

  /** Files of the host {@code runner} reaches. */
  public SshHostFiles(SshRunner runner) {
    this(runner::runRemote, runner.target().display());
  }

  SshHostFiles(RawExec exec, String where) {
    this.exec = Objects.requireNonNull(exec, "exec");
    this.where = Objects.requireNonNull(where, "where");
  }

  @Override
  public HostFiles prefetch(List<FileRequest> requests) {
    if (requests.isEmpty()) {
      return this;
    }
    return fetch(RemoteFileScript.argv(requests), Optional.of(this));
  }

  @Override
  public List<String> list(String directory) {
    return fetch(RemoteFileScript.listArgv(directory), Optional.empty()).list(directory);
  }

  @Override
  public boolean isDirectory(String path) {
    return fetch(RemoteFileScript.typeArgv(path), Optional.empty()).isDirectory(path);
  }

  @Override
  public Optional<String> read(String path) {
    return fetch(RemoteFileScript.argv(List.of(FileRequest.file(path))), Optional.empty())
        .read(path);
  }

  @Override
  public Optional<byte[]> readBytes(String path) {
    return fetch(RemoteFileScript.argv(List.of(FileRequest.file(path))), Optional.empty())
        .readBytes(path);
  }

  private FileSnapshot fetch(List<String> argv, Optional<HostFiles> fallback) {
    Command cmd = Command.of(argv).withTimeout(TIMEOUT);
    RawResult raw = exec.run(cmd);
    String source = "reading files on " + where;
    if (raw.exitCode() != 0) {
      throw new StateException(
          source + " failed (exit " + raw.exitCode() + "): " + raw.stderr().strip());
    }
    return FileSnapshot.parse(raw.stdout(), source, fallback);
  }
}
