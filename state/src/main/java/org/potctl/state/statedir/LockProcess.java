package org.potctl.state.statedir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.potctl.state.StateException;

/**
 * A host lock held by a long-lived {@code sh} process on the state directory's host: it takes an OS
 * lock on {@code DIR/lock} with {@code lockf(1)} (FreeBSD) or {@code flock(1)} (Linux), whichever
 * exists, writes the holder to {@code DIR/lock.json}, prints {@code locked} and holds the lock
 * while its standard input stays open. When potctl closes it, exits, is killed, or its SSH
 * connection drops, standard input closes and the lock dies with the process: never a stale lock. A
 * held lock prints {@code busy} (exit 75). The script is constant; the directory and the holder are
 * positional arguments.
 */
public final class LockProcess {

  /**
   * Shell prelude of every script that reads or writes a state directory, here or over SSH: {@code
   * umask 077}, and {@code private F} exits 1 naming {@code F} when it is a symbolic link, a FIFO,
   * a socket or a device, a regular file with more than one hard link, or another user's, in the
   * words of {@link NoFollowFiles} (a FIFO would block the open for good; a hard link reaches a
   * file outside). The test and the use that follows are two steps, not one {@code O_NOFOLLOW}
   * open.
   */
  public static final String PRIVATE_SH =
      """
      umask 077
      private() {
        if [ -L "$1" ]; then
          echo "$1 is a symbolic link; potctl never follows links in its private directories" >&2
          exit 1
        fi
        if [ -e "$1" ] && [ ! -f "$1" ] && [ ! -d "$1" ]; then
          echo "$1 is neither a regular file nor a directory; potctl uses only its own files here" >&2
          exit 1
        fi
        if [ -f "$1" ]; then
          n=$(ls -ld -- "$1" | awk 'NR == 1 { print $2 }')
          case $n in ''|*[!0-9]*) n=1 ;; esac
          if [ "$n" -gt 1 ]; then
            echo "$1 has $n hard links; potctl writes only files of its own in its private directories" >&2
            exit 1
          fi
        fi
        if [ -e "$1" ] && [ ! -O "$1" ]; then
          echo "$1 is owned by another user than the one running potctl" >&2
          exit 1
        fi
      }
      privatedir() {
        private "$1"
        mkdir -p -m 700 -- "$1" || exit 1
        private "$1"
        chmod go= -- "$1" || exit 1
      }
      """;

  /**
   * The outer script: {@code $1} the directory, {@code $2} the holder JSON, {@code $3} {@link
   * #HOLD}.
   */
  static final String SCRIPT =
      PRIVATE_SH
          + """
      d=$1
      privatedir "$d"
      private "$d/lock"
      private "$d/lock.json"
      if command -v lockf >/dev/null 2>&1; then
        lockf -k -s -t 0 "$d/lock" sh -c "$3" potctl-lock-held "$d" "$2"
      elif command -v flock >/dev/null 2>&1; then
        flock -n -E 75 "$d/lock" sh -c "$3" potctl-lock-held "$d" "$2"
      else
        echo "neither lockf(1) nor flock(1) is installed" >&2
        exit 2
      fi
      s=$?
      if [ "$s" -eq 75 ]; then echo busy; fi
      exit "$s"
      """;

  /** Runs under the lock: records the holder, says so, holds until standard input closes. */
  static final String HOLD =
      """
      umask 077
      set -C
      t="$1/.lock.json.$$"
      printf '%s' "$2" > "$t" && mv -f -- "$t" "$1/lock.json" || exit 1
      echo locked
      cat > /dev/null
      rm -f -- "$1/lock.json"
      """;

  private static final Duration ANSWER = Duration.ofSeconds(60);
  private static final Duration RELEASE = Duration.ofSeconds(10);

  private LockProcess() {}

  /** The argv taking the lock of state directory {@code dir} for {@code holder}. */
  public static List<String> argv(String dir, LockHolder holder) {
    return List.of("sh", "-c", SCRIPT, "potctl-lock", dir, holder.toJson(), HOLD);
  }

  /**
   * Waits for {@code process} (running {@link #argv}) to answer: a lease while it holds the lock,
   * empty if the lock is busy.
   *
   * @throws StateException if it failed, naming {@code where} and its error
   */
  public static Optional<StateStore.Lease> await(Process process, String where) {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return out.readLine();
              } catch (IOException e) {
                return null;
              }
            });
    String line;
    try {
      line = first.get(ANSWER.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      throw new StateException("locking " + where + ": no answer in " + ANSWER);
    } catch (ExecutionException e) {
      process.destroyForcibly();
      throw new StateException("locking " + where + ": " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new StateException("interrupted while locking " + where);
    }
    if ("locked".equals(line)) {
      return Optional.of(new Held(process));
    }
    String error = stderr(process);
    if ("busy".equals(line)) {
      return Optional.empty();
    }
    throw new StateException(
        "cannot lock "
            + where
            + (process.isAlive() ? "" : " (exit " + process.exitValue() + ")")
            + (error.isEmpty() ? "" : ": " + error));
  }

  private static String stderr(Process process) {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(RELEASE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "";
      }
      String text = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      String[] lines = text.strip().split("\n");
      return lines[lines.length - 1].strip();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** The lease: the process holding the lock. */
  private static final class Held implements StateStore.Lease {

    private final Process process;
    private boolean closed;

    Held(Process process) {
      this.process = process;
    }

    @Override
    public boolean lost() {
      return !closed && !process.isAlive();
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        process.getOutputStream().close();
        if (!process.waitFor(RELEASE.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (IOException e) {
        process.destroyForcibly();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
