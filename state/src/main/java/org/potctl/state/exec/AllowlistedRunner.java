package org.potctl.state.exec;

import java.util.Objects;

/**
 * A runner that checks every command against {@link ProgramAllowlist} before handing it to the
 * runner it wraps: the local host's runner is a {@link ProcessCommandRunner} wrapped in one, so no
 * plan step starts a program outside pot, zfs, the flavour-file writer and the observation
 * commands.
 *
 * @param delegate the runner that starts what passes the check
 */
public record AllowlistedRunner(CommandRunner delegate) implements CommandRunner {

  public AllowlistedRunner {
    Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public CommandResult run(Command command) {
    ProgramAllowlist.require(command);
    return delegate.run(command);
  }
}
