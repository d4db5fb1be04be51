package org.potctl.state.exec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link CommandRunner} for tests: records every command and answers with a function of the argv
 * (a stateful fake, not a mock).
 */
public final class RecordingRunner implements CommandRunner {

  private final Function<List<String>, CommandResult> answers;
  private final List<Command> commands = new ArrayList<>();

  public RecordingRunner(Function<List<String>, CommandResult> answers) {
    this.answers = answers;
  }

  /** A successful result with this stdout. */
  public static CommandResult ok(String stdout) {
    return new CommandResult(0, stdout, "", Duration.ZERO);
  }

  /** A failed result with this exit code and stderr. */
  public static CommandResult failed(int exitCode, String stderr) {
    return new CommandResult(exitCode, "", stderr, Duration.ZERO);
  }

  @Override
  public synchronized CommandResult run(Command command) {
    commands.add(command);
    return answers.apply(command.argv());
  }

  /** The commands run so far, in order. */
  public synchronized List<Command> commands() {
    return List.copyOf(commands);
  }

  /** The argv of each command run so far, joined by spaces. */
  public synchronized List<String> lines() {
    return commands.stream().map(Command::display).toList();
  }
}
