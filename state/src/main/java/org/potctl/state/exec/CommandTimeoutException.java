package org.potctl.state.exec;

import java.time.Duration;
import org.potctl.state.StateException;

/** A command ran past its timeout and was killed with its process tree. */
public class CommandTimeoutException extends StateException {

  private static final long serialVersionUID = 1L;

  private final Command command;

  public CommandTimeoutException(Command command, Duration timeout) {
    super("'" + command.display() + "' timed out after " + timeout + " and was killed");
    this.command = command;
  }

  /** The command that timed out. */
  public Command command() {
    return command;
  }
}
