package org.potctl.state.exec;

import java.util.ArrayList;
import java.util.List;
import org.potctl.state.StateException;

/**
 * A command exited non-zero. Carries the argv, the exit status and the tail of its output, with
 * pot's own error lines ({@code ###>} on stdout) first, since pot reports most failures there.
 */
public class CommandFailedException extends StateException {

  private static final long serialVersionUID = 1L;
  private static final int TAIL_LINES = 20;

  private final List<String> argv;
  private final int exitCode;
  private final String outputTail;

  public CommandFailedException(Command command, CommandResult result) {
    this(command.argv(), result.exitCode(), tail(result));
  }

  protected CommandFailedException(List<String> argv, int exitCode, String outputTail) {
    super(message(argv, exitCode, outputTail));
    this.argv = List.copyOf(argv);
    this.exitCode = exitCode;
    this.outputTail = outputTail;
  }

  /** The argv of the failed command. */
  public List<String> argv() {
    return argv;
  }

  /** Its exit status. */
  public int exitCode() {
    return exitCode;
  }

  /** pot's {@code ###>} lines, then the last lines of stderr and stdout. */
  public String outputTail() {
    return outputTail;
  }

  private static String message(List<String> argv, int exitCode, String tail) {
    String head = "'" + String.join(" ", argv) + "' exited with status " + exitCode;
    return tail.isEmpty() ? head : head + ": " + tail.lines().findFirst().orElse("");
  }

  static String tail(CommandResult result) {
    List<String> lines = new ArrayList<>();
    result.stdout().lines().filter(l -> l.startsWith("###>")).forEach(lines::add);
    lastLines(result.stderr(), lines);
    lastLines(result.stdout(), lines);
    return String.join("\n", lines.stream().distinct().toList());
  }

  private static void lastLines(String text, List<String> into) {
    List<String> all = text.lines().filter(l -> !l.isBlank()).toList();
    into.addAll(all.subList(Math.max(0, all.size() - TAIL_LINES), all.size()));
  }
}
