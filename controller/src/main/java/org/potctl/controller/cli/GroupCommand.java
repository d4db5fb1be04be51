package org.potctl.controller.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups sub-commands ({@code image}, {@code export}): run alone it is a usage
 * error naming what may follow it.
 */
abstract class GroupCommand implements Runnable {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  /** What is missing, e.g. {@code "a command: build"}. */
  abstract String missing();

  @Override
  public final void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing " + missing() + ".");
  }
}
