package org.potctl.state.ssh;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ssh runners not closed yet, and the one JVM shutdown hook that stops their control masters
 * when potctl exits without closing them. The hook is registered once per process, on the first
 * runner, however many runners are opened and closed later (a watcher opens one per cycle).
 */
final class OpenRunners {

  private static final Set<SshRunner> OPEN = ConcurrentHashMap.newKeySet();
  private static boolean hookAdded;

  private OpenRunners() {}

  /** Remembers {@code runner} until {@link #remove}; adds the shutdown hook on the first call. */
  static void add(SshRunner runner) {
    synchronized (OpenRunners.class) {
      if (!hookAdded) {
        Runtime.getRuntime().addShutdownHook(new Thread(OpenRunners::closeAll, "ssh-master-exit"));
        hookAdded = true;
      }
    }
    OPEN.add(runner);
  }

  /** Forgets a closed runner. */
  static void remove(SshRunner runner) {
    OPEN.remove(runner);
  }

  /** How many runners are open now. */
  static int open() {
    return OPEN.size();
  }

  /** Whether the one shutdown hook is registered (it is, once any runner was opened). */
  static boolean hookAdded() {
    synchronized (OpenRunners.class) {
      return hookAdded;
    }
  }

  private static void closeAll() {
    for (SshRunner runner : List.copyOf(OPEN)) {
      runner.close();
    }
  }
}
