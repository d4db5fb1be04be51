package org.potctl.state.sim;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A deterministic {@code kill -9} for crash tests: the process dies ({@code Runtime.halt(137)}: no
 * shutdown hook, no finally block, no flush) at the {@code command}-th mutating command this JVM
 * runs on the simulated host's directory. Written {@code halt=N} (before command N runs: it never
 * starts) or {@code halt=N:mid} (in the middle of command N: for {@code pot create} after its
 * datasets exist and before {@code pot.conf} is written, like a create killed halfway; for any
 * other command after it took effect and before its caller learns so).
 *
 * @param command the 1-based index of the mutating command, counted per JVM and directory
 * @param middle whether the process dies in the middle of that command instead of before it
 */
public record SimHalt(int command, boolean middle) {

  /** The exit status of a process killed by SIGKILL, as a shell reports it. */
  public static final int STATUS = 137;

  private static final Pattern SYNTAX = Pattern.compile("([1-9][0-9]{0,8})(:mid)?");
  private static final Map<Path, AtomicInteger> COUNTERS = new ConcurrentHashMap<>();

  public SimHalt {
    if (command < 1) {
      throw new IllegalArgumentException("halt command index must be at least 1: " + command);
    }
  }

  /** Parses {@code N} or {@code N:mid}. */
  public static SimHalt parse(String text) {
    var m = SYNTAX.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "halt '" + text + "' must be N or N:mid (N: the 1-based mutating command)");
    }
    return new SimHalt(Integer.parseInt(m.group(1)), m.group(2) != null);
  }

  /** Counts one mutating command on {@code dir}: whether it is the one to die at. */
  boolean reached(Path dir) {
    return COUNTERS.computeIfAbsent(dir, d -> new AtomicInteger()).incrementAndGet() == command;
  }

  /** Dies like {@code kill -9}. */
  static void die() {
    Runtime.getRuntime().halt(STATUS);
  }
}
