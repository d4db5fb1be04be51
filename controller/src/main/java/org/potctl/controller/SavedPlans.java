package org.potctl.controller;

import java.nio.file.Path;
import java.util.Optional;
import org.potctl.controller.plan.Plan;
import org.potctl.state.host.Host;
import org.potctl.state.statedir.JournalReader;

/** Checks a saved plan can name what it promises before anything is connected. */
final class SavedPlans {

  private SavedPlans() {}

  /** Why {@code saved} cannot be checked against its spec; empty when it can. */
  static Optional<String> unusable(Plan saved) {
    if (!Path.of(saved.specDir()).isAbsolute()) {
      return Optional.of(
          "the saved plan's spec.dir '"
              + saved.specDir()
              + "' is not an absolute path; a saved plan names its spec by its canonical location"
              + " (make a new plan with 'potctl plan --out')");
    }
    if (saved.specId().isEmpty() || saved.applyId().isEmpty()) {
      return Optional.of("the saved plan has no spec id or apply id; make a new plan");
    }
    return Optional.empty();
  }

  /**
   * Why the saved plan of apply id {@code applyId} must not run on {@code host}: it has been
   * applied there already (its journal exists; a second journal of one id cannot be written, and
   * the first is the record of what that apply did); empty when it has not.
   */
  static Optional<String> applied(Host host, String applyId) {
    if (!new JournalReader(host.state()).applyIds().contains(applyId)) {
      return Optional.empty();
    }
    return Optional.of(
        "the saved plan (apply id "
            + applyId
            + ") has been applied already on this host: its journal is "
            + host.state().location()
            + "/journal/"
            + applyId
            + ".jsonl; a saved plan is applied once: make a new plan with 'potctl plan DIR --out"
            + " FILE'");
  }
}
