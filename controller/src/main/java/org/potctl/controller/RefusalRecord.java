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
 * record ({@link Journal#refused}) by applies and host changes alike. Refusals by the operator's
 * own flags or answer are not recorded (docs/safety.md).
 */
final class RefusalRecord {

  private RefusalRecord() {}

  /**
   * Records {@code reasons} and returns them; a journal that cannot be written does not hide the
   * refusal: the returned reasons get one more saying so.
   */
  static List<String> record(
      Host host, String command, Optional<String> specId, List<String> reasons, Clock clock) {
    try {
      Journal.refused(host.state(), command, specId, reasons, clock);
      return reasons;
    } catch (RuntimeException e) {
      List<String> all = new ArrayList<>(reasons);
      all.add("(the refusal could not be recorded in the host's journal: " + e.getMessage() + ")");
      return all;
    }
  }
}
