package org.potctl.controller.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code potctl export TARGET …}: the spec as input for another engine (only Nomad for now). */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write the spec as jobs for another engine.",
    subcommands = {ExportNomadCommand.class})
final class ExportCommand implements Runnable {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a target: nomad.");
  }
}
