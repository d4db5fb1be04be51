package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.potctl.controller.render.JsonDocument;
import picocli.CommandLine.ParseResult;

/**
 * Whether a command line asked for {@code -o json}, so that a failure the command itself could not
 * render (a usage error, an escaped exception) still prints the diagnostics document on stdout.
 */
final class JsonMode {

  private JsonMode() {}

  /** Whether any command of {@code parsed} matched {@code -o json}. */
  static boolean requested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("-o")) {
        Object value = p.matchedOptionValue("-o", null);
        return value != null && value.toString().equalsIgnoreCase("json");
      }
    }
    return false;
  }

  /**
   * Whether the raw arguments ask for {@code -o json} ({@code -o json}, {@code --output=json}…).
   */
  static boolean requested(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i].toLowerCase(Locale.ROOT);
      boolean option = a.equals("-o") || a.equals("--output");
      if (option && i + 1 < args.length && args[i + 1].equalsIgnoreCase("json")) {
        return true;
      }
      if (a.equals("-ojson") || a.equals("-o=json") || a.equals("--output=json")) {
        return true;
      }
    }
    return false;
  }

  /** Prints the diagnostics document of one error without location to {@code out}. */
  static void failure(PrintWriter out, String message) {
    out.print(JsonDocument.failure(message));
    out.flush();
  }
}
