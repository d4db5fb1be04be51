package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Step;
import org.potctl.controller.render.ApplyReportText;

/**
 * Prints each step as it starts and as it ends ({@code [3/12] pot.web: pot start -p web}, {@code
 * [3/12] pot.web: done in 1.2s}). On a terminal it also keeps one progress line at the bottom,
 * redrawn with {@code \r}; on a pipe it never writes {@code \r}.
 */
final class ApplyProgress implements ApplyListener {

  private final PrintWriter out;
  private final boolean terminal;
  private final Map<Integer, Integer> ordinal = new HashMap<>();
  private int total;
  private int started;
  private int applied;
  private int failed;
  private int skipped;
  private int progressWidth;

  ApplyProgress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void applyStarted(Plan plan, Instant at) {
    total = plan.steps().size();
  }

  @Override
  public void stepStarted(Step step, Instant at) {
    ordinal.put(step.id(), ++started);
    line(prefix(step) + String.join(" ", step.argv()));
  }

  @Override
  public void stepApplied(StepResult result) {
    applied++;
    line(prefix(result.step()) + "done in " + ApplyReportText.seconds(result.took()));
  }

  @Override
  public void stepFailed(StepResult result) {
    failed++;
    StringBuilder b =
        new StringBuilder(prefix(result.step()))
            .append("failed in ")
            .append(ApplyReportText.seconds(result.took()));
    result.detail().lines().forEach(l -> b.append("\n    ").append(l));
    line(b.toString());
  }

  @Override
  public void stepSkipped(StepResult result) {
    skipped++;
    line(
        "[-/"
            + total
            + "] "
            + result.step().address()
            + ": skipped "
            + String.join(" ", result.step().argv())
            + " ("
            + result.detail()
            + ")");
  }

  @Override
  public void applyFinished(org.potctl.controller.apply.ApplyReport report) {
    clearProgress();
    out.flush();
  }

  private String prefix(Step step) {
    return "[" + ordinal.getOrDefault(step.id(), 0) + "/" + total + "] " + step.address() + ": ";
  }

  private void line(String text) {
    clearProgress();
    out.println(text);
    if (terminal) {
      String progress =
          "Applying… "
              + (applied + failed + skipped)
              + "/"
              + total
              + " steps done, "
              + (started - applied - failed)
              + " running, "
              + failed
              + " failed, "
              + skipped
              + " skipped";
      out.print(progress);
      progressWidth = progress.length();
    }
    out.flush();
  }

  private void clearProgress() {
    if (terminal && progressWidth > 0) {
      out.print("\r" + " ".repeat(progressWidth) + "\r");
      progressWidth = 0;
    }
  }
}
