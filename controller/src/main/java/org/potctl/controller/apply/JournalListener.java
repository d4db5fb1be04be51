package org.potctl.controller.apply;

import java.util.Objects;
import org.potctl.controller.plan.Step;
import org.potctl.state.statedir.Journal;

/**
 * Writes every step of an apply to the host's journal (DESIGN §3.5), so that after a crash the next
 * run can tell which steps started and never finished.
 */
public final class JournalListener implements ApplyListener {

  private final Journal journal;

  /** Records into {@code journal}; the caller closes it. */
  public JournalListener(Journal journal) {
    this.journal = Objects.requireNonNull(journal, "journal");
  }

  @Override
  public void stepStarted(Step step, java.time.Instant at) {
    journal.stepStarted(step.id(), step.address().toString(), step.kind().code(), step.argv());
  }

  @Override
  public void stepApplied(StepResult result) {
    journal.stepFinished(result.step().id(), address(result), result.took());
  }

  @Override
  public void stepFailed(StepResult result) {
    journal.stepFailed(result.step().id(), address(result), result.took(), result.detail());
  }

  @Override
  public void stepSkipped(StepResult result) {
    journal.stepSkipped(result.step().id(), address(result), result.detail());
  }

  @Override
  public void applyFinished(ApplyReport report) {
    journal.applyFinished(
        report.succeeded() ? "succeeded" : report.stopped() ? "interrupted" : "failed");
  }

  private static String address(StepResult result) {
    return result.step().address().toString();
  }
}
