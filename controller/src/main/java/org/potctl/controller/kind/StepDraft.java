package org.potctl.controller.kind;

import java.util.List;
import java.util.Objects;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.StepKind;
import org.potctl.state.exec.Command;

/**
 * A step before it has an id: the steps of one resource run in the order listed.
 *
 * @param kind what it does
 * @param argv the command
 * @param stdin its standard input, usually empty
 * @param ready what must hold after it before dependants start
 * @param gate what else it waits for
 * @param needsTrash whether it renames into the trash (which must exist first)
 */
public record StepDraft(
    StepKind kind,
    List<String> argv,
    String stdin,
    Readiness ready,
    Gate gate,
    boolean needsTrash) {

  public StepDraft {
    Objects.requireNonNull(kind, "kind");
    argv = List.copyOf(argv);
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(ready, "ready");
    Objects.requireNonNull(gate, "gate");
  }

  /** A plain step of {@code command}. */
  public static StepDraft of(StepKind kind, Command command) {
    return new StepDraft(kind, command.argv(), "", Readiness.NONE, Gate.EXISTS, false);
  }

  /** Each of {@code commands} as a plain step of {@code kind}. */
  public static List<StepDraft> each(StepKind kind, List<Command> commands) {
    return commands.stream().map(c -> of(kind, c)).toList();
  }

  /** A step that runs after the resource's {@code depends_on} pots are done. */
  public static StepDraft afterDependencies(StepKind kind, Command command, Readiness ready) {
    return new StepDraft(kind, command.argv(), "", ready, Gate.RUNNING, false);
  }

  /** A rename into the trash. */
  public static StepDraft intoTrash(StepKind kind, Command command) {
    return new StepDraft(kind, command.argv(), "", Readiness.NONE, Gate.EXISTS, true);
  }

  /** A command with standard input (a file write). */
  public static StepDraft withStdin(StepKind kind, List<String> argv, String stdin) {
    return new StepDraft(kind, argv, stdin, Readiness.NONE, Gate.EXISTS, false);
  }
}
