package org.potctl.controller.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code potctl image build …}: pot images (pot export) made from spec pots. */
@Command(
    name = "image",
    mixinStandardHelpOptions = true,
    description = "Build pot images (pot export files) from spec pots.",
    subcommands = {ImageBuildCommand.class})
final class ImageCommand implements Runnable {

  @ParentCommand Main parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: build.");
  }
}
