package org.potctl.controller.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line: one clear line, a hint, and exit 64; under {@code -o json} also the
 * diagnostics document on stdout.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("potctl: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    if (JsonMode.requested(args)) {
      JsonMode.failure(cli.getOut(), ex.getMessage());
    }
    return ExitCode.USAGE.code();
  }
}
