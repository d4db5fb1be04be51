package org.potctl.controller;

import java.nio.file.Path;
import java.util.Optional;
import org.potctl.controller.plan.Plan;

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
}
