package org.potctl.controller.cli;

import java.util.List;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;

/**
 * potctl's sub-commands, in the order help lists them. Picocli builds the model of a command from
 * its annotations by reflection, the largest part of a short run's start-up; when the first
 * argument names a sub-command, only that one is registered, so {@code potctl plan DIR} does not
 * build the models of the others. Any other first argument (a global option, {@code --help}, a
 * typo) registers all of them, so help and "did you mean" are unchanged.
 *
 * <p>A switch rather than a table of method references: a JDK 25 AOT cache cannot hold a lambda
 * whose target is one of picocli's classes (class file version 49, never archived) and crashes
 * while writing the cache.
 */
final class Subcommands {

  private static final List<String> NAMES =
      List.of(
          "validate",
          "plan",
          "apply",
          "status",
          "graph",
          "observe",
          "watch",
          "adopt",
          "forget",
          "restore",
          "gc",
          "export",
          "image",
          "sim-exec",
          "generate-completion");

  private Subcommands() {}

  /** Adds the sub-commands {@code args} may reach to {@code cli} and returns it. */
  static CommandLine register(CommandLine cli, String[] args) {
    // generate-completion describes every command, so it needs them all.
    if (args.length > 0 && NAMES.contains(args[0]) && !args[0].equals("generate-completion")) {
      cli.addSubcommand(args[0], create(args[0]));
    } else {
      for (String name : NAMES) {
        cli.addSubcommand(name, create(name));
      }
    }
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    return cli;
  }

  private static Object create(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "plan" -> new PlanCommand();
      case "apply" -> new ApplyCommand();
      case "status" -> new StatusCommand();
      case "graph" -> new GraphCommand();
      case "observe" -> new ObserveCommand();
      case "watch" -> new WatchCommand();
      case "adopt" -> new AdoptCommand();
      case "forget" -> new ForgetCommand();
      case "restore" -> new RestoreCommand();
      case "gc" -> new GcCommand();
      case "export" -> new ExportCommand();
      case "image" -> new ImageCommand();
      case "sim-exec" -> new SimExecCommand();
      case "generate-completion" -> new GenerateCompletion();
      default -> throw new IllegalArgumentException(name);
    };
  }
}
