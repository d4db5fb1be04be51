package org.potctl.controller;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.state.host.Host;
import org.potctl.state.statedir.Journal;

/**
 * A refusal for what the host holds (another run's lock, the spec id of another origin, a saved
 * plan the host no longer matches), written to the host's journal as an {@code apply_refused}
 * record ({@link Journal#refused}: the same refusal again is counted in the journal of the last) by
 * applies and host changes alike. Refusals by the operator's own flags or answer are not recorded
 * (docs/safety.md).
 */
final class RefusalRecord {

  private final Host host;
  private final ApplyRequest how;
  private final ApplyGate gate;
  private final Clock clock;

  RefusalRecord(Host host, ApplyRequest how, ApplyGate gate, Clock clock) {
    this.host = host;
    this.how = how;
    this.gate = gate;
    this.clock = clock;
  }

  /**
   * Records {@code reasons} and returns them; a journal that cannot be written does not hide the
   * refusal: the returned reasons get one more saying so. {@code locked}: the refusing run holds
   * the host lock, so it prunes old journals after ({@link JournalPruning}).
   */
  List<String> record(Optional<String> specId, List<String> reasons, boolean locked) {
    String written;
    try {
      written = Journal.refused(host.state(), how.command(), specId, reasons, clock);
    } catch (RuntimeException e) {
      List<String> all = new ArrayList<>(reasons);
      all.add("(the refusal could not be recorded in the host's journal: " + e.getMessage() + ")");
      return all;
    }
    if (locked) {
      JournalPruning.after(host, how, written, gate);
    }
    return reasons;
  }
}
