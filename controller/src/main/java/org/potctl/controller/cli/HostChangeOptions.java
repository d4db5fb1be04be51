package org.potctl.controller.cli;

import picocli.CommandLine.Option;

/** {@code --dry-run}, {@code --yes} and {@code -o} of adopt, forget, restore and gc. */
final class HostChangeOptions {

  @Option(names = "--dry-run", description = "Show the plan; change nothing (no host lock).")
  boolean dryRun;

  @Option(names = "--yes", description = "Go on without asking (required off a terminal).")
  boolean yes;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text (default) or json (one document on stdout).")
  ApplyCommand.Format output;

  boolean json() {
    return output == ApplyCommand.Format.JSON;
  }
}
