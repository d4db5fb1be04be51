package org.potctl.state.exec;

/**
 * Runs one command to completion. The only way potctl reaches the host's programs: the local {@code
 * ProcessCommandRunner}, the simulated pot host and (later) SSH all implement it, so the drivers
 * above never know which host they talk to.
 *
 * <p>A non-zero exit is a normal result, not an exception; callers decide with {@link
 * CommandResult#requireSuccess(Command)}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface CommandRunner {

  /**
   * Runs {@code command} and waits for it.
   *
   * @return the exit status and captured output
   * @throws CommandTimeoutException if it ran longer than its timeout (it has been killed)
   * @throws org.potctl.state.StateException if it could not be started at all
   */
  CommandResult run(Command command);
}
