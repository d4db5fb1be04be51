package org.potctl.controller.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.potctl.controller.apply.ApplyListener;
import org.potctl.controller.apply.ApplyReport;
import org.potctl.controller.apply.StepResult;
import org.potctl.controller.plan.Plan;
import org.potctl.controller.plan.Step;
import org.potctl.controller.render.ApplyReportText;

/**
 * Prints each step as it starts and as it ends, labelled with the plan's step id ({@code [3/12]
 * pot.web: pot start -p web}, {@code [3/12] pot.web: done in 1.2s}); a step running longer than
 * {@link #HEARTBEAT} gets a line with its elapsed time every {@link #HEARTBEAT} ({@code [3/12]
 * pot.web: still running (10s)}). On a terminal it also keeps one progress line at the bottom,
 * redrawn with {@code \r}; on a pipe it never writes {@code \r}. The heartbeat comes from a daemon
 * thread of its own, so every method is synchronized.
 */
final class ApplyProgress implements ApplyListener {

  /** How long a step runs before it gets a heartbeat line, and how often. */
  static final Duration HEARTBEAT = Duration.ofSeconds(5);

  private final PrintWriter out;
  private final boolean terminal;
  private final boolean ticking;
  private final Map<Step, Instant> running = new LinkedHashMap<>();
  private final Map<Step, Long> beats = new LinkedHashMap<>();
  private ScheduledExecutorService timer;
  private int total;
  private int started;
  private int applied;
  private int failed;
  private int skipped;
  private int progressWidth;

  ApplyProgress(PrintWriter out, boolean terminal) {
    this(out, terminal, true);
  }

  /** {@code ticking}: whether a timer calls {@link #heartbeat} (off in tests, which call it). */
  ApplyProgress(PrintWriter out, boolean terminal, boolean ticking) {
    this.out = out;
    this.terminal = terminal;
    this.ticking = ticking;
  }

  @Override
  public synchronized void applyStarted(Plan plan, Instant at) {
    total = plan.steps().size();
    if (ticking && timer == null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "potctl-progress");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleAtFixedRate(() -> heartbeat(Instant.now()), 1, 1, TimeUnit.SECONDS);
    }
  }

  @Override
  public synchronized void lockWaiting(String held, Duration timeout) {
    out.println(
        "Waiting up to " + ApplyReportText.seconds(timeout) + " for the host lock: " + held);
    out.flush();
  }

  @Override
  public synchronized void stepStarted(Step step, Instant at) {
    started++;
    running.put(step, at);
    line(prefix(step) + String.join(" ", step.argv()));
  }

  @Override
  public synchronized void stepApplied(StepResult result) {
    applied++;
    ended(result.step());
    line(prefix(result.step()) + "done in " + ApplyReportText.seconds(result.took()));
  }

  @Override
  public synchronized void stepFailed(StepResult result) {
    failed++;
    ended(result.step());
    StringBuilder b =
        new StringBuilder(prefix(result.step()))
            .append("failed in ")
            .append(ApplyReportText.seconds(result.took()));
    result.detail().lines().forEach(l -> b.append("\n    ").append(l));
    line(b.toString());
  }

  @Override
  public synchronized void stepSkipped(StepResult result) {
    skipped++;
    line(
        prefix(result.step())
            + "skipped "
            + String.join(" ", result.step().argv())
            + " ("
            + result.detail()
            + ")");
  }

  @Override
  public synchronized void applyFinished(ApplyReport report) {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
    running.clear();
    clearProgress();
    out.flush();
  }

  /**
   * At {@code now}: one line for each step that has run longer than {@link #HEARTBEAT} and had no
   * such line for the last {@link #HEARTBEAT}.
   */
  synchronized void heartbeat(Instant now) {
    for (Map.Entry<Step, Instant> e : running.entrySet()) {
      long beat = Duration.between(e.getValue(), now).toMillis() / HEARTBEAT.toMillis();
      if (beat >= 1 && beat > beats.getOrDefault(e.getKey(), 0L)) {
        beats.put(e.getKey(), beat);
        line(prefix(e.getKey()) + "still running (" + beat * HEARTBEAT.toSeconds() + "s)");
      }
    }
  }

  private void ended(Step step) {
    running.remove(step);
    beats.remove(step);
  }

  private String prefix(Step step) {
    return "[" + step.id() + "/" + total + "] " + step.address() + ": ";
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
      TerminalWriter.redraw(out, "\r" + " ".repeat(progressWidth) + "\r");
      progressWidth = 0;
    }
  }
}
