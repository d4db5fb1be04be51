package org.potctl.controller.cli;

import java.io.PrintWriter;
import org.potctl.controller.SpecIdInUseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The last line of defence: an exception that escaped a command becomes one line on stderr and exit
 * 1 (and, under {@code -o json}, the diagnostics document on stdout). The stack trace is shown only
 * with {@code -v}. A spec id claimed by another origin ({@link SpecIdInUseException}) is a refusal:
 * its lines and exit 3.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (ex instanceof ConfigFile.Invalid invalid) {
      err.println("potctl: " + invalid.getMessage());
      err.flush();
      if (JsonMode.requested(parsed)) {
        JsonMode.failure(cli.getOut(), invalid.getMessage());
      }
      return ExitCode.USAGE.code();
    }
    if (ex instanceof SpecIdInUseException inUse) {
      inUse.reasons().forEach(r -> err.println(r.startsWith(" ") ? r : "potctl: refused: " + r));
      err.flush();
      if (JsonMode.requested(parsed)) {
        JsonMode.failure(cli.getOut(), inUse.getMessage());
      }
      return ExitCode.REFUSED.code();
    }
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    err.println("potctl: error: " + message);
    if (verbose(parsed)) {
      ex.printStackTrace(err);
    } else {
      err.println("(run with -v for details)");
    }
    err.flush();
    if (JsonMode.requested(parsed)) {
      JsonMode.failure(cli.getOut(), message);
    }
    return ExitCode.ERROR.code();
  }

  private static boolean verbose(ParseResult parsed) {
    ParseResult p = parsed;
    while (p != null) {
      if (p.hasMatchedOption("-v")) {
        return true;
      }
      p = p.subcommand();
    }
    return false;
  }
}
