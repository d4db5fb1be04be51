package org.potctl.controller.watch;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.potctl.schema.yaml.Text;

/**
 * Structured log lines on one writer (stderr): {@code time=… level=info event=reconciled commit=…
 * result=ok}. Values with spaces, quotes or {@code =} are double-quoted with {@code \"} and {@code
 * \\} escaped; line breaks become spaces, so one event is one line. Other control, bidirectional
 * and invisible characters (a commit subject or a remote's error message is the pusher's text) are
 * escaped as {@code \\uXXXX} ({@link Text#visible}): a log read on a terminal cannot be made to
 * move the cursor, retitle the window or show its text reordered.
 */
public final class WatchLog {

  private final PrintWriter out;
  private final Clock clock;

  /** Logs to {@code out}, stamping lines with {@code clock}. */
  public WatchLog(PrintWriter out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** An informational event with key/value pairs ({@code key1, value1, key2, value2, …}). */
  public void info(String event, Object... pairs) {
    line("info", event, pairs);
  }

  /** A warning event. */
  public void warn(String event, Object... pairs) {
    line("warn", event, pairs);
  }

  /** An error event. */
  public void error(String event, Object... pairs) {
    line("error", event, pairs);
  }

  private void line(String level, String event, Object... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("key/value pairs expected");
    }
    StringBuilder b = new StringBuilder();
    b.append("time=").append(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
    b.append(" level=").append(level).append(" event=").append(quote(event));
    for (int i = 0; i < pairs.length; i += 2) {
      b.append(' ').append(pairs[i]).append('=').append(quote(String.valueOf(pairs[i + 1])));
    }
    synchronized (out) {
      out.println(b);
      out.flush();
    }
  }

  static String quote(String value) {
    String flat = Text.visible(value.replace('\n', ' ').replace('\r', ' '));
    if (!flat.isEmpty() && flat.chars().noneMatch(c -> c == ' ' || c == '"' || c == '=')) {
      return flat;
    }
    return '"' + flat.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
