package org.potctl.controller.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;

/**
 * potctl's sub-commands, in the order help lists them. Picocli builds the model of a command from
 * its annotations by reflection, the largest part of a short run's start-up; only the sub-commands
 * the arguments name are registered (after global options too: {@code potctl --host H plan DIR}
 * registers {@code plan} alone), so a command does not build the models of the others or load their
 * classes. Arguments that name none ({@code --help}, a typo) register all of them, so help and "did
 * you mean" are unchanged.
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
          "boot-check",
          "export",
          "image",
          "sim-exec",
          "generate-completion",
          "help");

  private Subcommands() {}

  /** Adds the sub-commands {@code args} may reach to {@code cli} and returns it. */
  static CommandLine register(CommandLine cli, String[] args) {
    List<String> named = named(args);
    for (String name : named.isEmpty() ? NAMES : named) {
      cli.addSubcommand(name, create(name));
    }
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    return cli;
  }

  /**
   * The sub-commands {@code args} names before {@code --}, in the order of {@link #NAMES}; none
   * (every one is registered) when it names none, or names {@code generate-completion}, which
   * describes them all, or is {@code help} alone, which lists them all ({@code help plan} registers
   * {@code plan} and {@code help}). A global option's value that happens to be a command name
   * ({@code --spec-id plan apply DIR}) only adds one more command: registering a superset is
   * harmless.
   */
  static List<String> named(String[] args) {
    List<String> given = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      given.add(a);
    }
    if (given.contains("generate-completion") || given.equals(List.of("help"))) {
      return List.of();
    }
    return NAMES.stream().filter(given::contains).toList();
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
      case "boot-check" -> new BootCheckCommand();
      case "export" -> new ExportCommand();
      case "image" -> new ImageCommand();
      case "sim-exec" -> new SimExecCommand();
      case "generate-completion" -> new GenerateCompletion();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }
}
