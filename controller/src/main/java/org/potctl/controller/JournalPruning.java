package org.potctl.controller;

import org.potctl.state.host.Host;
import org.potctl.state.statedir.JournalRetention;

/**
 * Prunes the host's old journals ({@link JournalRetention}) after a run wrote its own, under the
 * host lock. A prune that fails costs the run nothing: it is said through {@link ApplyGate#notice},
 * and the next run tries again.
 */
final class JournalPruning {

  private JournalPruning() {}

  /** Prunes beyond {@code how.journalsKept()} per spec id, sparing {@code written}. */
  static void after(Host host, ApplyRequest how, String written, ApplyGate gate) {
    try {
      JournalRetention.prune(host.state(), how.journalsKept(), written);
    } catch (RuntimeException e) {
      gate.notice(
          "potctl: warning: old journals in "
              + host.state().location()
              + " were not pruned: "
              + e.getMessage());
    }
  }
}
