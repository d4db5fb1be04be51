package org.potctl.controller;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.potctl.controller.plan.Plan;
import org.potctl.state.host.Host;
import org.potctl.state.statedir.ApplyIds;
import org.potctl.state.statedir.JournalReader;

/** Checks a saved plan can name what it promises before anything is connected. */
final class SavedPlans {

  /** The form of the apply ids this version makes ({@code 20261123T135000.123Z-002a-3f9a}). */
  private static final String NEW_ID = "[0-9]{8}T[0-9]{6}\\.[0-9]{3}Z-[0-9a-f]{4}-[0-9a-f]{4}";

  private SavedPlans() {}

  /**
   * How far a saved plan's apply id may be ahead of this machine's clock: the planning machine's
   * clock may be ahead by that much (the watcher's signed requests allow the same).
   */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * Why {@code saved} cannot be checked against its spec at {@code now}; empty when it can. Its
   * apply id is the one field a fresh plan cannot check (it names the run), so it must be one that
   * {@code plan --out} makes and not from the future: journals are ordered by their apply ids'
   * time, and an id from the future would be every later apply's "newest journal".
   */
  static Optional<String> unusable(Plan saved, Instant now) {
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
    Optional<Instant> made = ApplyIds.time(saved.applyId());
    if (made.isEmpty() || !saved.applyId().matches(NEW_ID)) {
      return Optional.of(
          "the saved plan's apply id '"
              + saved.applyId()
              + "' is not one 'potctl plan --out' makes (TIME-SEQUENCE-RANDOM); make a new plan");
    }
    if (made.get().isAfter(now.plus(CLOCK_SKEW))) {
      return Optional.of(
          "the saved plan's apply id '"
              + saved.applyId()
              + "' is from the future ("
              + made.get()
              + ", now "
              + now
              + "); make a new plan");
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
