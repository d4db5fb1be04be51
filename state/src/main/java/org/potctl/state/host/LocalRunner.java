package org.potctl.state.host;

import org.potctl.state.StateException;
import org.potctl.state.exec.CommandRunner;

/** The runner of the {@code local} host. */
final class LocalRunner {

  private LocalRunner() {}

  static CommandRunner create() {
    return command -> {
      throw new StateException(
          "the local host driver is not wired yet (ProcessCommandRunner missing); use --host sim:DIR");
    };
  }
}
