package org.potctl.state.exec;

import org.potctl.state.StateException;

/**
 * A runner refused to start a program outside {@link ProgramAllowlist}: nothing ran on the host.
 */
public final class ProgramRefusedException extends StateException {

  private static final long serialVersionUID = 1L;

  /** The refused command's argv joined by spaces. */
  private final String refused;

  ProgramRefusedException(Command command, String why) {
    super("refused to run '" + command.display() + "': " + why);
    this.refused = command.display();
  }

  /** The refused command line, words joined by single spaces. */
  public String refused() {
    return refused;
  }
}
