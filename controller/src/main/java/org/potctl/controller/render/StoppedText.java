package org.potctl.controller.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.apply.StepStatus;
import org.potctl.controller.plan.Readiness;

/**
 * What an apply stopped by SIGINT/SIGTERM left undone (issue 13 item 6): the steps that never
 * started, the pots the spec wants running that are not (their start step, the one waiting for the
 * jail to run, was not reached), and the command that completes the job.
 */
public final class StoppedText {

  private StoppedText() {}

  /**
   * The lines, each ending with a newline; empty when {@code report} was not stopped or nothing was
   * left undone.
   *
   * @param rerun the command to run again, e.g. {@code potctl apply web}
   */
  public static String render(ApplyReport report, String rerun) {
    if (!report.stopped()) {
      return "";
    }
    List<StepResult> undone =
        report.steps().stream().filter(s -> s.status() == StepStatus.SKIPPED).toList();
    if (undone.isEmpty()) {
      return "";
    }
    int total = report.steps().size();
    StringBuilder b =
        new StringBuilder("Stopped: the running steps finished; ")
            .append(undone.size())
            .append(undone.size() == 1 ? " step was" : " steps were")
            .append(" left undone:\n");
    Set<String> notRunning = new LinkedHashSet<>();
    for (StepResult s : undone) {
      b.append("  [")
          .append(s.step().id())
          .append('/')
          .append(total)
          .append("] ")
          .append(s.step().address())
          .append(": ")
          .append(String.join(" ", s.step().argv()))
          .append('\n');
      if (s.step().ready() instanceof Readiness.PotRunning running) {
        notRunning.add("pot." + running.pot());
      }
    }
    for (String pot : notRunning) {
      b.append(pot).append(" is not running, but the spec wants it running.\n");
    }
    return b.append("Run '").append(rerun).append("' again to complete it.\n").toString();
  }
}
