package org.potctl.state.host;

import java.util.Objects;
import org.potctl.state.exec.Command;
import org.potctl.state.exec.CommandResult;
import org.potctl.state.exec.CommandRunner;

/**
 * A runner that checks the host's pot version ({@link PotVersion}) before the first {@code pot}
 * command it passes on, so that connecting stays free and a too-old pot is refused before potctl
 * reads or changes anything through it. Closing it closes the runner it wraps.
 */
final class PotVersionGate implements CommandRunner, AutoCloseable {

  private final CommandRunner runner;
  private volatile boolean checked;

  PotVersionGate(CommandRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /** The runner behind the check. */
  CommandRunner inner() {
    return runner;
  }

  @Override
  public CommandResult run(Command command) {
    if (!checked && isPot(command)) {
      synchronized (this) {
        if (!checked) {
          PotVersion.require(runner);
          checked = true;
        }
      }
    }
    return runner.run(command);
  }

  private static boolean isPot(Command command) {
    String program = command.program();
    return program.equals("pot") || program.endsWith("/pot");
  }

  @Override
  public void close() {
    if (runner instanceof org.potctl.state.ssh.SshRunner ssh) {
      ssh.close();
    }
  }
}
