package org.potctl.controller.cli;

import picocli.CommandLine.Command;

/** {@code potctl image build …}: pot images (pot export) made from spec pots. */
@Command(
    name = "image",
    mixinStandardHelpOptions = true,
    description = "Build pot images (pot export files) from spec pots.",
    subcommands = {ImageBuildCommand.class})
final class ImageCommand extends GroupCommand {

  @Override
  String missing() {
    return "a command: build";
  }
}
