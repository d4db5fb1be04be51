package org.potctl.controller.cli;

import picocli.CommandLine.Command;

/** {@code potctl export TARGET …}: the spec as input for another engine (only Nomad for now). */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write the spec as jobs for another engine.",
    subcommands = {ExportNomadCommand.class})
final class ExportCommand extends GroupCommand {

  @Override
  String missing() {
    return "a target: nomad";
  }
}
