package org.potctl.state.sim;

import java.time.Duration;
import org.potctl.state.exec.CommandResult;

/** What one simulated program prints, with pot's message prefixes (pot.md §0). */
final class Out {

  private final StringBuilder stdout = new StringBuilder();
  private final StringBuilder stderr = new StringBuilder();
  private int verbosity = 1;

  /** pot's {@code _POT_VERBOSITY=0} for the rest of the command: no more {@code ===>} lines. */
  void quiet() {
    verbosity = 0;
  }

  /** A {@code -v}: pot's {@code _POT_VERBOSITY + 1}; from 2 on {@code =====>} lines print. */
  void verbose() {
    verbosity++;
  }

  /** pot's {@code _is_verbose}: the verbosity is above 1. */
  boolean isVerbose() {
    return verbosity > 1;
  }

  int verbosity() {
    return verbosity;
  }

  /** Sets the verbosity back, as a pot process that ends leaves its caller's. */
  void verbosity(int level) {
    verbosity = level;
  }

  /** pot's {@code _debug}: {@code =====> msg} on stdout at verbosity 2 and above. */
  void debug(String message) {
    if (verbosity > 1) {
      stdout.append("=====>  ").append(message).append('\n');
    }
  }

  /** pot's {@code _error}: {@code ###> msg} on stdout. */
  void error(String message) {
    stdout.append("###>  ").append(message).append('\n');
  }

  /**
   * pot's {@code _qerror "" msg} (the existence checks {@code _is_pot}, {@code _is_fscomp}, {@code
   * _is_bridge} when not quiet): {@code echo "###> " "" "msg"} prints one space more.
   */
  void qerror(String message) {
    qerror("", message);
  }

  /** pot's {@code _qerror WORD msg} when WORD is not {@code quiet}: {@code _error "WORD" "msg"}. */
  void qerror(String word, String message) {
    stdout.append("###>  ").append(word).append(' ').append(message).append('\n');
  }

  /** pot's {@code _info}: {@code ===> msg} on stdout. */
  void info(String message) {
    if (verbosity < 1) {
      return;
    }
    stdout.append("===>  ").append(message).append('\n');
  }

  void println(String line) {
    stdout.append(line).append('\n');
  }

  void print(String text) {
    stdout.append(text);
  }

  void errln(String line) {
    stderr.append(line).append('\n');
  }

  void err(String text) {
    stderr.append(text);
  }

  /** Prints {@code message} as a pot error and ends the command with status 1. */
  PotExit fail(String message) {
    error(message);
    return new PotExit(1);
  }

  CommandResult result(int exitCode, Duration took) {
    return new CommandResult(exitCode, stdout.toString(), stderr.toString(), took);
  }

  /** Ends a simulated program early with an exit status, like the shell's {@code exit N}. */
  static final class PotExit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    PotExit(int status) {
      super("exit " + status, null, false, false);
      this.status = status;
    }

    int status() {
      return status;
    }
  }
}
