package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.potctl.controller.ApplyGate;
import org.potctl.controller.PlanResult;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.render.DiagnosticsRenderer;
import org.potctl.controller.render.PlanText;

/**
 * apply's gate: shows the plan the engine made under the lock (host banner and diagnostics on
 * stderr, the plan on the text stream) and asks for confirmation on a terminal unless {@code --yes}
 * was given.
 */
final class ConfirmGate implements ApplyGate {

  private final boolean yes;
  private final PrintWriter text;
  private final PrintWriter err;

  /**
   * @param yes whether {@code --yes} was given
   * @param text where the plan and notices go (stdout, or stderr under {@code -o json})
   * @param err stderr
   */
  ConfirmGate(boolean yes, PrintWriter text, PrintWriter err) {
    this.yes = yes;
    this.text = text;
    this.err = err;
  }

  @Override
  public void planned(PlanResult.Planned planned) {
    err.println(planned.hostBanner());
    PlanningArgs.diagnostics(planned, err);
    if (!planned.specDiagnostics().isEmpty()) {
      DiagnosticsRenderer.text().render(planned.specDiagnostics(), err);
    }
    err.flush();
    if (!planned.plan().hasErrors()) {
      text.print(PlanText.write(planned.plan(), PlanningArgs.colour()));
      text.flush();
    }
  }

  @Override
  public Optional<String> refusal(Plan plan, String hostBanner) {
    if (yes) {
      return Optional.empty();
    }
    Optional<Boolean> answer =
        Prompt.system()
            .confirm(
                String.format(
                    "%nApply these %d steps (%s)?%n  Only 'yes' will be accepted: ",
                    plan.steps().size(), hostBanner));
    if (answer.isEmpty()) {
      return Optional.of(
          "not on a terminal and --yes not given; rerun with --yes to apply these "
              + plan.steps().size()
              + " steps");
    }
    return answer.get()
        ? Optional.empty()
        : Optional.of("apply cancelled: the answer was not 'yes'");
  }

  @Override
  public void notice(String line) {
    text.println(line);
    text.flush();
  }
}
