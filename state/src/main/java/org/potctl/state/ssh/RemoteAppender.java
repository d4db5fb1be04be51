package org.potctl.state.ssh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.potctl.state.StateException;
import org.potctl.state.statedir.LockProcess;
import org.potctl.state.statedir.StateStore;

/**
 * A file on the remote host appended to through one long-lived session: the remote {@code sh}
 * creates the file (refusing an existing one), then for every line read from standard input appends
 * it with one {@code write} and answers {@code ok}. {@link #append} waits for that answer, so a
 * line is in the remote kernel before the caller goes on; one round trip per line over the open
 * session, instead of a new session (several round trips) per line.
 */
final class RemoteAppender implements StateStore.Appender {

  /** {@code $1} the state directory, {@code $2} the file's name in it. */
  static final String SCRIPT =
      LockProcess.PRIVATE_SH
          + """
      f=$1/$2
      privatedir "$1"
      privatedir "${f%/*}"
      private "$f"
      set -C
      : > "$f" || exit 1
      set +C
      exec 3>>"$f"
      echo ready
      while IFS= read -r l; do
        printf '%s\\n' "$l" >&3 || exit 1
        echo ok
      done
      """;

  private final Process process;
  private final String where;
  private final OutputStream in;
  private final BufferedReader out;
  private boolean healthy = true;
  private boolean closed;

  private RemoteAppender(Process process, String where) {
    this.process = process;
    this.where = where;
    this.in = process.getOutputStream();
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** The argv creating {@code name} in {@code dir} and appending the lines it reads. */
  static List<String> argv(String dir, String name) {
    return List.of("sh", "-c", SCRIPT, "potctl-append", dir, name);
  }

  /** Waits for the session {@code process} (running {@link #argv}) to have created the file. */
  static RemoteAppender open(Process process, String where) {
    RemoteAppender a = new RemoteAppender(process, where);
    String first = a.answer();
    if (!"ready".equals(first)) {
      a.healthy = false;
      throw new IllegalStateException("cannot create " + where + ": " + a.error());
    }
    return a;
  }

  @Override
  public synchronized void append(String line) {
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a journal line cannot hold a newline");
    }
    if (!healthy || closed) {
      throw new StateException("cannot append to " + where + ": its ssh session ended");
    }
    try {
      in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
    } catch (IOException e) {
      healthy = false;
      throw new StateException("cannot append to " + where + ": " + e.getMessage(), e);
    }
    if (!"ok".equals(answer())) {
      healthy = false;
      throw new StateException("cannot append to " + where + ": " + error());
    }
  }

  @Override
  public synchronized boolean healthy() {
    return healthy && !closed && process.isAlive();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      in.close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private String answer() {
    try {
      return out.readLine();
    } catch (IOException e) {
      return null;
    }
  }

  private String error() {
    try {
      in.close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "no answer";
      }
      String text =
          new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      String[] lines = text.split("\n");
      String last = lines[lines.length - 1].strip();
      return last.isEmpty() ? "the ssh session ended (exit " + process.exitValue() + ")" : last;
    } catch (IOException e) {
      return e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
